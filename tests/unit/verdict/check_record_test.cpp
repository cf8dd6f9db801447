#include "runner/verdict/check_record.hpp"

#include "tests/unit/verdict/verdict_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(RecordFromCheck, CarriesTheChecksVerdictGatesCheckpointsAndTriggers) {
    CheckResult r;
    r.verdict = Verdict::fail;  // e.g. ownership failed while every gate passed
    r.packet = "core";
    r.run = RunResult{};
    r.run->gates = {test::gate_result("cov", GateStatus::passed)};
    r.run->gates[0].coverage = CoverageFigures{};
    r.run->gates[0].coverage->line_percent = 80.0;
    CheckpointFinding cp;
    cp.id = "cp-1";
    cp.status = CheckpointStatus::overdue;
    r.checkpoints.push_back(cp);
    TriggerFinding t;
    t.when = "coverage < 90";
    t.action = TriggerAction::warn;
    t.fired = true;
    t.value = 80.0;
    r.triggers.push_back(t);

    const HistoryRecord h = record_from_check(r, 1700000000);
    EXPECT_EQ(h.kind, "check");
    EXPECT_EQ(h.time, 1700000000);
    EXPECT_EQ(h.verdict, "fail");
    EXPECT_EQ(h.packet, "core");
    ASSERT_EQ(h.gates.size(), 1u);
    EXPECT_EQ(h.gates[0].id, "cov");
    ASSERT_TRUE(h.coverage.line_percent);
    EXPECT_EQ(*h.coverage.line_percent, 80.0);
    EXPECT_EQ(h.checkpoints, (std::vector<RecordedCheckpoint>{{"cp-1", "overdue"}}));
    EXPECT_EQ(h.triggers, (std::vector<RecordedTrigger>{{"coverage < 90", "warn", true, 80.0}}));
}

TEST(RecordFromCheck, ACheckThatRanNoGateIsStillRecorded) {
    CheckResult r;
    const HistoryRecord h = record_from_check(r, 1);
    EXPECT_EQ(h.kind, "check");
    EXPECT_EQ(h.verdict, "pass");
    EXPECT_TRUE(h.gates.empty());
}

}  // namespace
}  // namespace tollgate
