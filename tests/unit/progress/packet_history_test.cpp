#include "runner/progress/packet_history.hpp"

#include "tests/support/inventory_builder.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::add_packet;
using test::located;

constexpr long long t0 = 1737360000;  // 2025-01-20T08:00:00Z
constexpr long long day = 86400;

LoggedCommit commit(const std::string& id, std::vector<std::string> parents, long long time, const std::string& summary,
                    std::vector<Trailer> trailers = {}) {
    LoggedCommit c;
    c.id = id;
    c.parents = std::move(parents);
    c.author_time = time;
    c.commit_time = time;
    c.summary = summary;
    c.trailers = std::move(trailers);
    return c;
}

Inventory inventory() {
    Inventory inv;
    for (const char* id : {"a", "b", "c", "d"}) {
        add_packet(inv, id).branches = located({std::string("packet/") + id, std::string("packet/") + id + "/*"});
    }
    return inv;
}

TEST(MergedBranchName, ReadsTheMessagesOfGitGitHubAndGitLab) {
    EXPECT_EQ(merged_branch_name("Merge branch 'packet/a'"), "packet/a");
    EXPECT_EQ(merged_branch_name("Merge branch 'packet/a' into main"), "packet/a");
    EXPECT_EQ(merged_branch_name("Merge branch 'packet/a' into 'main'"), "packet/a");
    EXPECT_EQ(merged_branch_name("Merge remote-tracking branch 'origin/packet/a'"), "origin/packet/a");
    EXPECT_EQ(merged_branch_name("Merge pull request #12 from acme/packet/a"), "packet/a");
    EXPECT_EQ(merged_branch_name("Merge pull request #12 from acme/packet/a/ui extra"), "packet/a/ui");
    EXPECT_FALSE(merged_branch_name("Merge pull request #12"));
    EXPECT_FALSE(merged_branch_name("Merge branch ''"));
    EXPECT_FALSE(merged_branch_name("Fix merge of things"));
}

TEST(PacketForBranch, MatchesGlobsAndRemoteQualifiedNames) {
    const Inventory inv = inventory();
    EXPECT_EQ(packet_index_for_branch(inv, "packet/b"), 1);
    EXPECT_EQ(packet_index_for_branch(inv, "packet/c/ui"), 2);
    EXPECT_EQ(packet_index_for_branch(inv, "origin/packet/d"), 3);
    EXPECT_EQ(packet_index_for_branch(inv, "feature/zzz"), -1);
}

struct History {
    std::vector<LoggedCommit> base;
    std::vector<BranchHistory> branches;
};

// c0 ← m1 (merge of packet/a's a1) ← s1 (squash, Packet: b) ← g1 (GitHub merge of packet/c's x1)
//    ← u1 (merge of an unknown branch); packet/d has one unmerged commit.
History history() {
    History h;
    h.base = {
        commit("u1", {"g1", "y1"}, t0 + 6 * day, "Merge branch 'feature/zzz' into 'main'"),
        commit("y1", {"g1"}, t0 + 5 * day, "stray"),
        commit("g1", {"s1", "x1"}, t0 + 4 * day, "Merge pull request #7 from acme/packet/c"),
        commit("x1", {"s1"}, t0 + 3 * day + 60, "c work"),
        commit("s1", {"m1"}, t0 + 3 * day, "b squashed", {{"Packet", "b"}}),
        commit("m1", {"c0", "a1"}, t0 + 2 * day, "Merge branch 'packet/a'"),
        commit("a1", {"c0"}, t0 + day, "a work"),
        commit("c0", {}, t0, "init"),
    };
    BranchHistory d;
    d.name = d.display = "packet/d";
    d.tip = "d1";
    d.unmerged = {commit("d1", {"u1"}, t0 + 7 * day, "d work")};
    h.branches.push_back(d);
    return h;
}

TEST(Attribution, FollowsMergesSquashTrailersAndUnmergedBranches) {
    const History h = history();
    const Attribution a = attribute_commits(inventory(), h.base, h.branches);
    EXPECT_EQ(a.first_parent, (std::vector<std::string>{"c0", "m1", "s1", "g1", "u1"}));
    EXPECT_EQ(a.landing_packet, (std::vector<int>{-1, 0, 1, 2, -1}));

    const PacketCommits& pa = a.packets[0];
    EXPECT_EQ(pa.landing, std::vector<std::string>{"m1"});
    EXPECT_EQ(pa.landed.size(), 2u);  // a1 and the merge itself
    EXPECT_EQ(pa.started, t0 + day);
    EXPECT_EQ(pa.landed_at, t0 + 2 * day);
    EXPECT_TRUE(pa.merged());

    EXPECT_EQ(a.packets[1].landed, std::vector<std::string>{"s1"});
    EXPECT_EQ(a.packets[1].landed_at, t0 + 3 * day);
    EXPECT_EQ(a.packets[2].landing, std::vector<std::string>{"g1"});
    EXPECT_EQ(a.packets[2].started, t0 + 3 * day + 60);

    const PacketCommits& pd = a.packets[3];
    EXPECT_TRUE(pd.landed.empty());
    EXPECT_EQ(pd.unmerged, 1);
    EXPECT_EQ(pd.unmerged_branches, std::vector<std::string>{"packet/d"});
    EXPECT_FALSE(pd.merged());
    EXPECT_EQ(pd.started, t0 + 7 * day);
}

TEST(Attribution, AMergeNamingAnUnknownBranchIsANoteNotAnError) {
    const History h = history();
    const Attribution a = attribute_commits(inventory(), h.base, h.branches);
    ASSERT_EQ(a.notes.size(), 1u);
    EXPECT_EQ(a.notes[0], "merge u1 names branch 'feature/zzz', which matches no packet's branches");
}

TEST(Attribution, AnUnknownPacketTrailerIsANote) {
    std::vector<LoggedCommit> base = {commit("c1", {"c0"}, t0 + day, "x", {{"Packet", "nope<script>"}}),
                                      commit("c0", {}, t0, "init")};
    const Attribution a = attribute_commits(inventory(), base, {});
    ASSERT_EQ(a.notes.size(), 1u);
    EXPECT_NE(a.notes[0].find("'Packet: nope<script>', which is not a packet"), std::string::npos);
}

TEST(Attribution, ReadsThePacketTrailerKeyInAnyCaseAsCheckDoes) {
    std::vector<LoggedCommit> base = {commit("c1", {"c0"}, t0 + day, "x", {{"packet", "b"}}),
                                      commit("c0", {}, t0, "init")};
    const Attribution a = attribute_commits(inventory(), base, {});
    EXPECT_TRUE(a.notes.empty());
    EXPECT_EQ(a.packets[1].landed, std::vector<std::string>{"c1"});
}

TEST(Attribution, CommitDatesOutOfOrderStillGiveTheEarliestStartAndLatestLanding) {
    // The branch commit claims a date after its merge (clock skew); the start is the minimum.
    std::vector<LoggedCommit> base = {
        commit("m2", {"m1", "a2"}, t0 + day, "Merge branch 'packet/a'"),
        commit("a2", {"a1"}, t0 + 9 * day, "late clock"),
        commit("m1", {"c0", "a1"}, t0 + 5 * day, "Merge branch 'packet/a'"),
        commit("a1", {"c0"}, t0 - 2 * day, "early clock"),
        commit("c0", {}, t0, "init"),
    };
    const Attribution a = attribute_commits(inventory(), base, {});
    EXPECT_EQ(a.packets[0].started, t0 - 2 * day);
    EXPECT_EQ(a.packets[0].landed_at, t0 + 5 * day);
    EXPECT_EQ(a.packets[0].landing, (std::vector<std::string>{"m1", "m2"}));
}

TEST(Attribution, AMergedBranchRefClaimsTheCommitsItLandedWith) {
    std::vector<LoggedCommit> base = {
        commit("m1", {"c0", "b2"}, t0 + 3 * day, "Merge commit 'b2'"),
        commit("b2", {"b1"}, t0 + 2 * day, "b more"),
        commit("b1", {"c0"}, t0 + day, "b work"),
        commit("c0", {}, t0, "init"),
    };
    BranchHistory b;
    b.name = b.display = "packet/b";
    b.tip = "b2";
    b.merged = true;
    const Attribution a = attribute_commits(inventory(), base, {b});
    EXPECT_EQ(a.packets[1].landed, (std::vector<std::string>{"b2", "b1"}));
    EXPECT_TRUE(a.packets[1].merged());
    EXPECT_TRUE(a.packets[0].landed.empty());
}

TEST(Attribution, AnEmptyHistoryHasNoPacketWork) {
    const Attribution a = attribute_commits(inventory(), {}, {});
    EXPECT_TRUE(a.first_parent.empty());
    for (const auto& p : a.packets) EXPECT_FALSE(p.started);
}

}  // namespace
}  // namespace tollgate
