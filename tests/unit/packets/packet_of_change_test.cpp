#include "runner/packets/packet_of_change.hpp"

#include "runner/core/error.hpp"
#include "runner/zones/ownership.hpp"
#include "tests/unit/zones/zone_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::commit;
using test::InventoryBuilder;

Inventory packets() {
    return InventoryBuilder()
        .packet("foundation", {"packet/foundation", "packet/foundation/*"})
        .packet("finance-ui", {"packet/finance-*", "ui/**"})
        .packet("catch-all", {"packet/**"})
        .packet("no-branches")
        .build();
}

ChangeSet on_branch(const std::string& branch) {
    ChangeSet c;
    c.branch = branch;
    return c;
}

std::string usage_error(const Inventory& inv, const ChangeSet& c, const std::string& explicit_packet,
                        std::string* hint = nullptr) {
    try {
        resolve_packet(inv, c, explicit_packet);
    } catch (const UsageError& e) {
        if (hint) *hint = e.hint();
        return e.what();
    }
    ADD_FAILURE() << "no UsageError";
    return {};
}

TEST(ResolvePacket, ExplicitPacketWinsOverBranchAndTrailer) {
    const Inventory inv = packets();
    ChangeSet c = on_branch("packet/foundation");
    c.commits = {commit("c1", {{"Packet", "finance-ui"}})};
    EXPECT_EQ(resolve_packet(inv, c, "no-branches"), "no-branches");
}

TEST(PacketOfChange, SaysWhichRuleFoundThePacket) {
    const Inventory inv = packets();
    ChangeSet c = on_branch("packet/foundation");
    c.commits = {commit("c1", {{"Packet", "finance-ui"}})};
    EXPECT_EQ(packet_of_change(inv, c, "no-branches").source, "--packet");
    const PacketOfChange by_branch = packet_of_change(inv, c, "");
    EXPECT_EQ(by_branch.id, "foundation");
    EXPECT_EQ(by_branch.source, "branch packet/foundation");
    c.branch = "topic";
    const PacketOfChange by_trailer = packet_of_change(inv, c, "");
    EXPECT_EQ(by_trailer.id, "finance-ui");
    EXPECT_EQ(by_trailer.source, "a 'Packet:' trailer");
    c.commits.clear();
    EXPECT_EQ(packet_of_change(inv, c, "").source, "");
}

TEST(ResolvePacket, UnknownExplicitPacketIsAUsageErrorWithDidYouMean) {
    const Inventory inv = packets();
    std::string hint;
    EXPECT_EQ(usage_error(inv, on_branch(""), "fundation", &hint), "unknown packet 'fundation' given to --packet");
    EXPECT_EQ(hint, "did you mean 'foundation'?");
    usage_error(inv, on_branch(""), "zzzzzzzzzzzz", &hint);
    EXPECT_EQ(hint, "known packets: foundation, finance-ui, catch-all, no-branches");
}

TEST(ResolvePacket, FirstPacketWhoseBranchGlobMatchesWins) {
    const Inventory inv = packets();
    EXPECT_EQ(resolve_packet(inv, on_branch("packet/foundation"), ""), "foundation");
    EXPECT_EQ(resolve_packet(inv, on_branch("packet/foundation/models"), ""), "foundation");
    // packet/** would match too, but catch-all comes later.
    EXPECT_EQ(resolve_packet(inv, on_branch("packet/finance-reports"), ""), "finance-ui");
    EXPECT_EQ(resolve_packet(inv, on_branch("packet/other"), ""), "catch-all");
    EXPECT_EQ(resolve_packet(inv, on_branch("ui/a/b"), ""), "finance-ui");
}

TEST(ResolvePacket, BranchGlobStarDoesNotCrossSlashes) {
    const Inventory inv = InventoryBuilder().packet("f", {"packet/foundation/*"}).build();
    EXPECT_EQ(resolve_packet(inv, on_branch("packet/foundation/a"), ""), "f");
    EXPECT_EQ(resolve_packet(inv, on_branch("packet/foundation/a/b"), ""), "");
}

TEST(ResolvePacket, BranchMatchesInRefsHeadsAndRemoteForms) {
    const Inventory inv = packets();
    EXPECT_EQ(resolve_packet(inv, on_branch("refs/heads/packet/foundation"), ""), "foundation");
    EXPECT_EQ(resolve_packet(inv, on_branch("origin/packet/foundation/x"), ""), "foundation");
    EXPECT_EQ(resolve_packet(inv, on_branch("refs/remotes/upstream/packet/foundation"), ""), "foundation");
    const Inventory full = InventoryBuilder().packet("f", {"refs/heads/packet/f"}).build();
    EXPECT_EQ(resolve_packet(full, on_branch("packet/f"), ""), "f");
}

TEST(ResolvePacket, FallsBackToAPacketTrailer) {
    const Inventory inv = packets();
    ChangeSet c = on_branch("feature/misc");
    c.commits = {commit("c1", {}), commit("c2", {{"packet", " no-branches "}})};
    EXPECT_EQ(resolve_packet(inv, c, ""), "no-branches");
}

TEST(ResolvePacket, BranchWinsOverTrailer) {
    const Inventory inv = packets();
    ChangeSet c = on_branch("packet/foundation");
    c.commits = {commit("c1", {{"Packet", "finance-ui"}})};
    EXPECT_EQ(resolve_packet(inv, c, ""), "foundation");
}

TEST(ResolvePacket, SeveralDifferentTrailerPacketsAreAUsageErrorNamingThem) {
    const Inventory inv = packets();
    ChangeSet c = on_branch("");
    c.commits = {commit("aaaa", {{"Packet", "foundation"}}), commit("bbbb", {{"Packet", "finance-ui"}}),
                 commit("cccc", {{"Packet", "foundation"}})};
    std::string hint;
    EXPECT_EQ(
        usage_error(inv, c, "", &hint),
        "the change's 'Packet:' trailers name several packets: foundation (commit aaaa), finance-ui (commit bbbb)");
    EXPECT_EQ(hint, "pass --packet ID to say which packet the change belongs to");
}

TEST(ResolvePacket, RepeatedSameTrailerPacketIsFine) {
    const Inventory inv = packets();
    ChangeSet c = on_branch("");
    c.commits = {commit("a", {{"Packet", "foundation"}}), commit("b", {{"PACKET", "foundation"}})};
    EXPECT_EQ(resolve_packet(inv, c, ""), "foundation");
}

TEST(ResolvePacket, UnknownTrailerPacketIsAUsageError) {
    const Inventory inv = packets();
    ChangeSet c = on_branch("");
    c.commits = {commit("abc", {{"Packet", "fundation"}})};
    std::string hint;
    EXPECT_EQ(usage_error(inv, c, "", &hint),
              "'Packet: fundation' trailer on commit abc names no packet of the inventory");
    EXPECT_EQ(hint, "did you mean 'foundation'?");
}

TEST(ResolvePacket, ReturnsEmptyWhenNothingApplies) {
    const Inventory inv = packets();
    EXPECT_EQ(resolve_packet(inv, on_branch(""), ""), "");
    EXPECT_EQ(resolve_packet(inv, on_branch("main"), ""), "");
}

TEST(ShortBranchName, StripsRefAndRemotePrefixes) {
    EXPECT_EQ(short_branch_name("refs/heads/a/b"), "a/b");
    EXPECT_EQ(short_branch_name("refs/remotes/origin/a"), "a");
    EXPECT_EQ(short_branch_name("remotes/fork/a"), "a");
    EXPECT_EQ(short_branch_name("origin/a"), "a");
    EXPECT_EQ(short_branch_name("a"), "a");
}

TEST(PacketOwnsBranch, IgnoresGlobsThatDoNotCompile) {
    const Inventory inv = InventoryBuilder().packet("p", {"", "a//b", "ok/*"}).build();
    EXPECT_FALSE(packet_owns_branch(inv.packets[0], "a//b"));
    EXPECT_TRUE(packet_owns_branch(inv.packets[0], "ok/x"));
    EXPECT_EQ(packet_for_branch(inv, "ok/x"), &inv.packets[0]);
    EXPECT_EQ(packet_for_branch(inv, ""), nullptr);
}

}  // namespace
}  // namespace tollgate
