#include "runner/progress/ready_list.hpp"

#include "tests/support/inventory_builder.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::add_checkpoint;
using test::add_packet;
using test::add_stream;

// Streams api (2 agents) and ui (1 agent).
// done (merged) → long (3d) → tail (1d)      the critical chain
// done → short (1h) → tail
// running (ui, started) holds ui's only lane; cp-1 after short; gated after cp-1.
// side (no deps, P2), other (no deps, P1), hold (paused), gone (dropped).
struct Fixture {
    Inventory inv;
    ProgressReport progress;

    Fixture() {
        add_stream(inv, "api", 2);
        add_stream(inv, "ui", 1);
        add_packet(inv, "done", "1d").stream = "api";
        add_packet(inv, "long", "3d", {"done"}).stream = "api";
        add_packet(inv, "short", "1h", {"done"}).stream = "ui";
        add_packet(inv, "tail", "1d", {"long", "short"}).stream = "api";
        add_packet(inv, "running", "1d").stream = "ui";
        add_packet(inv, "gated", "1h", {"cp-1"}).stream = "ui";
        add_packet(inv, "side", "1h").priority = "P2";
        add_packet(inv, "other", "1h").priority = "P1";
        add_packet(inv, "hold", "1h").status = PacketStatus::paused;
        add_packet(inv, "gone", "1h").status = PacketStatus::dropped;
        add_checkpoint(inv, "cp-1", {"short"});
        for (const auto& p : inv.packets) {
            PacketProgress pp;
            pp.id = p.id;
            pp.stream = p.stream;
            pp.after.clear();
            for (const auto& a : p.after) pp.after.push_back(a.value);
            pp.state = PacketState::pending;
            progress.packets.push_back(pp);
        }
        progress.packets[0].state = PacketState::done;
        progress.packets[3].waiting_on = {"long", "short"};
        progress.packets[4].state = PacketState::in_progress;
        progress.packets[4].started = 1;
        progress.packets[5].waiting_on = {"cp-1"};
        progress.packets[8].state = PacketState::paused;
        progress.packets[9].state = PacketState::dropped;
        CheckpointProgress cp;
        cp.id = "cp-1";
        progress.checkpoints.push_back(cp);
    }
};

std::vector<std::string> ids(const ReadyList& list) {
    std::vector<std::string> out;
    for (const auto& p : list.packets) out.push_back(p.id);
    return out;
}

TEST(ReadyList, ListsOnlyPacketsThatMayStartInDispatchOrder) {
    Fixture f;
    const ReadyList list = compute_ready_list(f.inv, f.progress, {});
    // long is critical; short unblocks tail and gated; then other (P1) before side (P2).
    EXPECT_EQ(ids(list), (std::vector<std::string>{"long", "short", "other", "side"}));
}

TEST(ReadyList, CarriesSlackUnblockedPacketsAndTheStreamsFreeLanes) {
    Fixture f;
    const ReadyList list = compute_ready_list(f.inv, f.progress, {});
    const ReadyPacket& lng = list.packets[0];
    EXPECT_TRUE(lng.critical);
    EXPECT_DOUBLE_EQ(lng.slack_hours, 0);
    EXPECT_EQ(lng.unblocks, std::vector<std::string>{"tail"});
    EXPECT_EQ(lng.free_lanes, 2);
    const ReadyPacket& shrt = list.packets[1];
    EXPECT_FALSE(shrt.critical);
    EXPECT_DOUBLE_EQ(shrt.slack_hours, 23);  // 3d of 8h minus 1h
    EXPECT_EQ(shrt.unblocks, (std::vector<std::string>{"tail", "gated"}));
    // ui's only lane is taken by `running`: shown, not hidden.
    EXPECT_EQ(shrt.free_lanes, 0);
    EXPECT_FALSE(list.packets[2].free_lanes.has_value());
}

TEST(ReadyList, SaysWhyOpenPacketsMustWait) {
    Fixture f;
    const ReadyList list = compute_ready_list(f.inv, f.progress, {});
    std::vector<std::string> waiting;
    for (const auto& w : list.waiting) waiting.push_back(w.packet + ": " + w.reason);
    EXPECT_EQ(waiting,
              (std::vector<std::string>{"tail: waits on long (pending), short (pending)",
                                        "running: already started: ", "gated: waits on checkpoint cp-1 (pending)"}));
}

TEST(ReadyList, IncludesStartedPacketsWhenAsked) {
    Fixture f;
    const ReadyList list = compute_ready_list(f.inv, f.progress, ReadinessOptions{true});
    const auto found =
        std::find_if(list.packets.begin(), list.packets.end(), [](const ReadyPacket& p) { return p.id == "running"; });
    ASSERT_NE(found, list.packets.end());
    EXPECT_TRUE(found->started);
    EXPECT_TRUE(list.include_started);
}

TEST(ReadyList, CountsInProgressPacketsAgainstTheirStreamsAgents) {
    Fixture f;
    const ReadyList list = compute_ready_list(f.inv, f.progress, {});
    ASSERT_GE(list.streams.size(), 3U);
    EXPECT_EQ(list.streams[0].id, "api");
    EXPECT_EQ(list.streams[0].free_lanes, 2);
    EXPECT_EQ(list.streams[1].in_progress, 1);
    EXPECT_EQ(list.streams[1].free_lanes, 0);
    EXPECT_EQ(list.streams[2].id, "");
    EXPECT_FALSE(list.streams[2].agents.has_value());
}

TEST(ReadyList, RanksNamedAndNumberedPriorities) {
    EXPECT_LT(priority_rank("critical"), priority_rank("high"));
    EXPECT_EQ(priority_rank("P1"), priority_rank("high"));
    EXPECT_LT(priority_rank("P2-P3"), priority_rank("P3"));
    EXPECT_LT(priority_rank("low"), priority_rank(""));
    EXPECT_EQ(priority_rank("P99999999999999999999"), priority_rank("whatever"));
}

}  // namespace
}  // namespace tollgate
