#include "runner/packets/checkpoints.hpp"

#include "runner/core/error.hpp"
#include "tests/unit/verdict/verdict_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::done_packets;
using test::gate_result;

CivilDate day(const char* text) {
    return *CivilDate::parse(text);
}

TEST(DueDate, ADayCountsFromStartWithDayOneBeingTheStartDate) {
    const Inventory inv = test::plan_inventory();
    EXPECT_EQ(due_date_of(inv, *inv.find_checkpoint("cp-1"))->str(), "2025-01-22");
    EXPECT_EQ(due_date_of(inv, *inv.find_checkpoint("cp-soft"))->str(), "2025-01-25");
}

TEST(CheckpointsInPlay, NamesPrerequisitesTheOnesTheChangeCompletesAndRequestedOnes) {
    const Inventory inv = test::plan_inventory();
    const auto services = checkpoints_in_play(inv, "services", {});
    ASSERT_EQ(services.size(), 2u);
    EXPECT_EQ(services[0].first->id, "cp-1");
    EXPECT_EQ(services[0].second, CheckpointRole::prerequisite);
    EXPECT_EQ(services[1].first->id, "cp-soft");
    EXPECT_EQ(services[1].second, CheckpointRole::completes);
    const auto none = checkpoints_in_play(inv, "", {"cp-1"});
    ASSERT_EQ(none.size(), 1u);
    EXPECT_EQ(none[0].second, CheckpointRole::requested);
}

TEST(CheckpointsInPlay, AnUnknownRequestedCheckpointIsAUsageErrorWithAHint) {
    const Inventory inv = test::plan_inventory();
    try {
        (void)checkpoints_in_play(inv, "", {"cp1"});
        FAIL() << "no error";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "--checkpoint 'cp1' names no checkpoint of the inventory");
        EXPECT_EQ(e.hint(), "did you mean 'cp-1'?");
    }
}

TEST(AssessCheckpoint, IsPendingWhileAPrerequisiteIsNotDoneAndSaysWhich) {
    const Inventory inv = test::plan_inventory();
    const CheckpointContext ctx{inv, done_packets({}), "", day("2025-01-21"), {}};
    const auto f = assess_checkpoint(ctx, *inv.find_checkpoint("cp-1"), CheckpointRole::requested);
    EXPECT_EQ(f.status, CheckpointStatus::pending);
    EXPECT_FALSE(f.evaluated);
    EXPECT_EQ(f.reason, "waiting: foundation is not done (no work found); due 2025-01-22 (day 3)");
}

TEST(AssessCheckpoint, IsOverdueWhenStillWaitingAfterItsDueDate) {
    const Inventory inv = test::plan_inventory();
    const CheckpointContext ctx{inv, done_packets({}), "", day("2025-01-25"), {}};
    const auto f = assess_checkpoint(ctx, *inv.find_checkpoint("cp-1"), CheckpointRole::requested);
    EXPECT_EQ(f.status, CheckpointStatus::overdue);
    EXPECT_EQ(f.reason, "waiting: foundation is not done (no work found); due 2025-01-22 (day 3), 3 day(s) ago");
}

TEST(AssessCheckpoint, RunsItsGatesOnceThePrerequisitesAreCompleteOrWhenForced) {
    const Inventory inv = test::plan_inventory();
    const CheckpointContext ready{inv, done_packets({"foundation"}), "", day("2025-01-21"), {}};
    EXPECT_TRUE(assess_checkpoint(ready, *inv.find_checkpoint("cp-1"), CheckpointRole::requested).evaluated);
    const CheckpointContext forced{inv, done_packets({}), "", day("2025-01-21"), {"cp-1"}};
    const auto f = assess_checkpoint(forced, *inv.find_checkpoint("cp-1"), CheckpointRole::requested);
    EXPECT_TRUE(f.evaluated);
    EXPECT_TRUE(f.forced);
    EXPECT_EQ(f.reason, "evaluated early (--force) although foundation is not done (no work found)");
}

TEST(AssessCheckpoint, TheChangesOwnPacketCountsAsCompleteForACheckpointItCompletes) {
    const Inventory inv = test::plan_inventory();
    const CheckpointContext ctx{inv, done_packets({}), "services", day("2025-01-21"), {}};
    EXPECT_TRUE(assess_checkpoint(ctx, *inv.find_checkpoint("cp-soft"), CheckpointRole::completes).evaluated);
    EXPECT_FALSE(assess_checkpoint(ctx, *inv.find_checkpoint("cp-soft"), CheckpointRole::requested).evaluated);
}

TEST(SettleCheckpoint, PassesWhenEveryGatePassedAndFailsNamingEachGateThatDidNot) {
    const Inventory inv = test::plan_inventory();
    const CheckpointContext ctx{inv, done_packets({"foundation", "services"}), "", std::nullopt, {}};
    const Checkpoint& cp1 = *inv.find_checkpoint("cp-1");
    RunResult run;
    run.gates = {gate_result("migrate", GateStatus::passed)};
    auto passed = assess_checkpoint(ctx, cp1, CheckpointRole::requested);
    settle_checkpoint(passed, cp1, &run);
    EXPECT_EQ(passed.status, CheckpointStatus::passed);
    EXPECT_EQ(passed.reason, "all 1 gate(s) passed");

    run.gates = {gate_result("migrate", GateStatus::failed)};
    run.gates[0].outcome = "exit 1";
    auto failed = assess_checkpoint(ctx, cp1, CheckpointRole::requested);
    settle_checkpoint(failed, cp1, &run);
    EXPECT_EQ(failed.status, CheckpointStatus::failed);
    EXPECT_EQ(failed.reason, "gate migrate failed (exit 1)");

    const Checkpoint& soft = *inv.find_checkpoint("cp-soft");
    run.gates = {gate_result("look", GateStatus::manual)};
    auto manual = assess_checkpoint(ctx, soft, CheckpointRole::requested);
    settle_checkpoint(manual, soft, &run);
    EXPECT_EQ(manual.status, CheckpointStatus::failed);
    EXPECT_EQ(manual.reason, "gate look needs a sign-off (Verified: look)");
}

TEST(SettleCheckpoint, StaysPendingInADryRun) {
    const Inventory inv = test::plan_inventory();
    const CheckpointContext ctx{inv, done_packets({"foundation"}), "", std::nullopt, {}};
    auto f = assess_checkpoint(ctx, *inv.find_checkpoint("cp-1"), CheckpointRole::requested);
    settle_checkpoint(f, *inv.find_checkpoint("cp-1"), nullptr);
    EXPECT_EQ(f.status, CheckpointStatus::pending);
    EXPECT_EQ(f.reason, "its gates did not run (--dry-run)");
}

}  // namespace
}  // namespace tollgate
