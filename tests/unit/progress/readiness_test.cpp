#include "runner/progress/readiness.hpp"

#include "runner/core/error.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

PacketProgress packet(const std::string& id, PacketState state, std::vector<std::string> waiting_on = {},
                      bool started = false) {
    PacketProgress p;
    p.id = id;
    p.state = state;
    p.why = "why " + id;
    p.waiting_on = std::move(waiting_on);
    if (started) p.started = 1;
    return p;
}

ProgressReport report() {
    ProgressReport r;
    r.packets.push_back(packet("a", PacketState::done));
    r.packets.push_back(packet("b", PacketState::in_progress, {}, true));
    r.packets.push_back(packet("c", PacketState::pending, {"b"}));
    r.packets.push_back(packet("d", PacketState::pending));
    r.packets.push_back(packet("e", PacketState::paused));
    r.packets.push_back(packet("f", PacketState::dropped));
    r.packets.push_back(packet("g", PacketState::pending, {"cp-1"}));
    r.packets.push_back(packet("h", PacketState::blocked, {"b"}, true));
    CheckpointProgress cp;
    cp.id = "cp-1";
    cp.state = CheckpointState::failed;
    r.checkpoints.push_back(cp);
    return r;
}

TEST(Readiness, APendingPacketWithNothingToWaitForIsReady) {
    const auto r = readiness(report(), "d");
    EXPECT_TRUE(r.ready);
    EXPECT_FALSE(r.started);
    EXPECT_EQ(r.reason, "ready");
}

TEST(Readiness, DonePausedAndDroppedPacketsAreNotReadyAndSayTheirState) {
    for (const char* id : {"a", "e", "f"}) {
        const auto r = readiness(report(), id);
        EXPECT_FALSE(r.ready) << id;
        EXPECT_EQ(r.reason, std::string("why ") + id);
    }
}

TEST(Readiness, AStartedPacketIsReadyOnlyWhenStartedPacketsAreIncluded) {
    EXPECT_FALSE(readiness(report(), "b").ready);
    EXPECT_EQ(readiness(report(), "b").reason, "already started: why b");
    EXPECT_TRUE(readiness(report(), "b", ReadinessOptions{true}).ready);
}

TEST(Readiness, APacketWaitingOnAPacketNamesItAndItsState) {
    const auto r = readiness(report(), "c");
    EXPECT_FALSE(r.ready);
    ASSERT_EQ(r.waiting_on.size(), 1U);
    EXPECT_FALSE(r.waiting_on[0].is_checkpoint);
    EXPECT_EQ(r.reason, "waits on b (in progress)");
}

TEST(Readiness, APacketWaitingOnACheckpointNamesTheCheckpointAndItsState) {
    const auto r = readiness(report(), "g");
    EXPECT_FALSE(r.ready);
    ASSERT_EQ(r.waiting_on.size(), 1U);
    EXPECT_TRUE(r.waiting_on[0].is_checkpoint);
    EXPECT_EQ(r.reason, "waits on checkpoint cp-1 (failed)");
}

TEST(Readiness, AStartedBlockedPacketStaysNotReadyEvenWhenStartedPacketsAreIncluded) {
    const auto r = readiness(report(), "h", ReadinessOptions{true});
    EXPECT_FALSE(r.ready);
    EXPECT_EQ(r.reason, "waits on b (in progress)");
}

TEST(Readiness, AnUnknownPacketIsAUsageError) {
    EXPECT_THROW(readiness(report(), "zz"), UsageError);
}

}  // namespace
}  // namespace tollgate
