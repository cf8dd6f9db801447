#include "runner/alerts/alert_events.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

std::vector<std::string> names(const std::vector<AlertEvent>& events) {
    std::vector<std::string> out;
    for (const auto& e : events) out.push_back(e.name);
    return out;
}

GateResult gate(const std::string& id, GateStatus status, std::vector<std::string> labels = {}) {
    GateResult g;
    g.id = id;
    g.status = status;
    g.outcome = status == GateStatus::failed ? "exit 1" : "";
    g.labels = std::move(labels);
    return g;
}

TEST(AlertEvents, AFailingCheckRaisesCheckFailedTestFailedAndDeploymentFailed) {
    CheckResult r;
    r.verdict = Verdict::fail;
    r.packet = "billing";
    r.head_commit = "0123456789abcdef";
    r.failures = {"gate unit failed"};
    r.run = RunResult{};
    r.run->gates = {gate("unit", GateStatus::failed), gate("ship", GateStatus::timeout, {"deploy"}),
                    gate("lint", GateStatus::passed), gate("slow", GateStatus::interrupted)};
    const auto events = events_of_check(r, Inventory{});
    EXPECT_EQ(names(events),
              (std::vector<std::string>{"check-failed", "test-failed", "test-failed", "deployment-failed"}));
    EXPECT_EQ(events[0].summary, "check failed: gate unit failed on 0123456789");
    EXPECT_EQ(events[0].key, "check-failed:billing@0123456789abcdef");
    EXPECT_EQ(events[1].summary, "gate unit failed (exit 1)");
    EXPECT_EQ(events[1].gate, "unit");
    EXPECT_EQ(events[1].packet, "billing");
    EXPECT_EQ(events[3].key, "deployment-failed:ship@0123456789abcdef");
}

TEST(AlertEvents, CheckpointsAndTriggersRaiseTheirEventsAndAMessageNamingAnEventRaisesIt) {
    CheckResult r;
    r.head_commit = "abc";
    CheckpointFinding passed;
    passed.id = "cp-1";
    passed.status = CheckpointStatus::passed;
    passed.evaluated = true;
    CheckpointFinding pending;
    pending.id = "cp-2";
    r.checkpoints = {passed, pending};
    TriggerFinding fired;
    fired.when = "coverage < 80";
    fired.action = TriggerAction::block;
    fired.message = "critical-bug";
    fired.fired = true;
    TriggerFinding quiet;
    quiet.when = "coverage < 10";
    TriggerFinding prose;
    prose.when = "coverage < 90";
    prose.message = "Review the tests, please";
    prose.fired = true;
    r.triggers = {fired, quiet, prose};
    const auto events = events_of_check(r, Inventory{});
    EXPECT_EQ(names(events), (std::vector<std::string>{"check-passed", "checkpoint-passed", "trigger-fired",
                                                       "critical-bug", "trigger-fired"}));
    EXPECT_EQ(events[1].checkpoint, "cp-1");
    EXPECT_EQ(events[3].key, "critical-bug:coverage < 80@abc");
}

TEST(AlertEvents, ARunRaisesTestFailedPerFailingGateOnItsCommit) {
    RunResult r;
    r.commit = "feed";
    r.gates = {gate("unit", GateStatus::error), gate("lint", GateStatus::skipped)};
    const auto events = events_of_run(r);
    ASSERT_EQ(names(events), std::vector<std::string>{"test-failed"});
    EXPECT_EQ(events[0].key, "test-failed:unit@feed");
}

PacketProgress packet(const std::string& id, PacketState state) {
    PacketProgress p;
    p.id = id;
    p.state = state;
    return p;
}

TEST(AlertEvents, TheDigestRaisesTaskCompleteAndStalledPacketsAndDecidedCheckpoints) {
    Inventory inventory;
    inventory.alerts.stalled_after = Millis(8LL * 3600 * 1000);
    ProgressReport report;
    report.now = 100'000;
    PacketProgress done = packet("core", PacketState::done);
    done.title = "Core";
    done.landing = {"aaaa", "bbbbbbbbbbbbbbbb"};
    PacketProgress quiet = packet("ui", PacketState::in_progress);
    quiet.last_commit = report.now - 9 * 3600;
    PacketProgress busy = packet("api", PacketState::in_progress);
    busy.last_commit = report.now - 3600;
    PacketProgress idle = packet("docs", PacketState::paused);
    idle.last_commit = 0;
    report.packets = {done, quiet, busy, idle, packet("later", PacketState::pending)};
    CheckpointProgress passed;
    passed.id = "after-core";
    passed.state = CheckpointState::passed;
    passed.decided_on = "cccc";
    CheckpointProgress open;
    open.id = "release";
    report.checkpoints = {passed, open};

    const auto events = events_of_progress(report, inventory);
    EXPECT_EQ(names(events), (std::vector<std::string>{"task-complete", "packet-stalled", "checkpoint-passed"}));
    EXPECT_EQ(events[0].key, "task-complete:core@bbbbbbbbbbbbbbbb");
    EXPECT_EQ(events[0].summary, "packet core (Core) is done");
    EXPECT_EQ(events[1].packet, "ui");
    EXPECT_EQ(events[1].key, "packet-stalled:ui@" + std::to_string(report.now - 9 * 3600));
    EXPECT_EQ(events[1].summary, "packet ui is in progress with no commit for 9h (stalled-after 8h)");
    // The same key a check that recorded the checkpoint on that commit raised.
    EXPECT_EQ(events[2].key, "checkpoint-passed:after-core@cccc");
}

TEST(AlertEvents, AStallSaysItsQuietTimeAndLimitInMinutesWhenTheLimitIsUnderAnHour) {
    Inventory inventory;
    inventory.alerts.stalled_after = Millis(30LL * 60 * 1000);
    ProgressReport report;
    report.now = 100'000;
    PacketProgress quiet = packet("ui", PacketState::in_progress);
    quiet.last_commit = report.now - (45 * 60 + 59);
    report.packets = {quiet};
    const auto events = events_of_progress(report, inventory);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].summary, "packet ui is in progress with no commit for 45m (stalled-after 30m)");
}

TEST(AlertEvents, NoStalledAfterRaisesNoStalledPacket) {
    ProgressReport report;
    report.now = 1'000'000;
    PacketProgress quiet = packet("ui", PacketState::in_progress);
    quiet.last_commit = 0;
    report.packets = {quiet};
    EXPECT_TRUE(events_of_progress(report, Inventory{}).empty());
}

}  // namespace
}  // namespace tollgate
