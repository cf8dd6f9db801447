// The steps of `tollgate check`, each over inputs read from a small real
// repository (tests/support/scenario) and a scripted process runner.
#include "runner/verdict/check_steps.hpp"

#include "tests/support/fake_runner.hpp"
#include "tests/support/scenario.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::Scenario;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

CheckRequest request_in(const Scenario& s) {
    CheckRequest request;
    request.workspace = s.path();
    request.inventory = s.path() / "tollgate.yml";
    request.today = CivilDate::parse("2025-01-20");
    return request;
}

CheckInputs inputs_of(const CheckRequest& request) {
    return load_check_inputs(request, CheckSources{});
}

// Step 4 with a scripted runner and no console.
void run_scripted(const CheckInputs& inputs, const CheckRequest& request, test::FakeRunner& runner,
                  CheckResult& result) {
    NullRunObserver observer;
    run_affected_gates(inputs, request, runner, observer, result);
}

TEST(DescribeChange, NamesThePacketByItsBranch) {
    const Scenario s;
    s.branch("packet/services", {{"src/service.py", "pass\n"}}, "services: first service");
    const CheckRequest request = request_in(s);
    const CheckResult result = describe_change(inputs_of(request), request);
    EXPECT_EQ(result.packet, "services");
    EXPECT_EQ(result.packet_source, "branch packet/services");
    EXPECT_EQ(result.branch, "packet/services");
    EXPECT_EQ(result.base_ref, "main");
    EXPECT_EQ(result.inventory_from, "working tree");
    EXPECT_EQ(result.today, request.today);
}

TEST(DescribeChange, PrefersThePacketGivenOnTheCommandLineAndNamesATrailerWhenOnlyItSays) {
    const Scenario s;
    s.branch("topic", {{"src/x.py", "pass\n"}}, "work\n\nPacket: foundation");
    CheckRequest request = request_in(s);
    EXPECT_EQ(describe_change(inputs_of(request), request).packet_source, "a 'Packet:' trailer");
    request.packet = "services";
    const CheckResult given = describe_change(inputs_of(request), request);
    EXPECT_EQ(given.packet, "services");
    EXPECT_EQ(given.packet_source, "--packet");
}

TEST(JudgeChangeOwnership, RefusesAPathInAnotherPacketsExclusiveZoneEvenWhenAcknowledged) {
    const Scenario s;
    s.branch("packet/services", {{"database/migrations/001.sql", "widened\n"}}, "services: widen");
    CheckRequest request = request_in(s);
    const CheckInputs inputs = inputs_of(request);
    CheckResult result = describe_change(inputs, request);
    judge_change_ownership(inputs, request, result);
    ASSERT_EQ(result.changed.size(), 1u);
    EXPECT_FALSE(result.changed[0].allowed);
    request.acks = {"foundation"};
    CheckResult acked = describe_change(inputs, request);
    judge_change_ownership(inputs, request, acked);
    EXPECT_FALSE(acked.changed[0].allowed);  // exclusive: an --ack is for `coordinate` zones
}

TEST(AssessCheckpoints, AsksGitNothingWhenThePacketWaitsForNothingAndNoCheckpointIsInPlay) {
    const Scenario s;
    s.branch("packet/foundation", {{"database/migrations/002.sql", "x\n"}}, "foundation: more");
    const CheckRequest request = request_in(s);
    const CheckInputs inputs = inputs_of(request);
    CheckResult result = describe_change(inputs, request);
    // foundation completes cp-1, so cp-1 is in play; a packet outside any plan is not.
    CheckRequest outside = request;
    outside.packet = "lead";
    CheckResult lead = describe_change(inputs, outside);
    const CheckpointStage none = assess_checkpoints(inputs, outside, lead);
    EXPECT_EQ(none.scanner, nullptr);
    EXPECT_THAT(lead.checkpoints, IsEmpty());
    EXPECT_EQ(lead.base_branch, "");

    const CheckpointStage stage = assess_checkpoints(inputs, request, result);
    EXPECT_NE(stage.scanner, nullptr);
    EXPECT_EQ(result.base_branch, "main");
    ASSERT_EQ(result.checkpoints.size(), 1u);
    EXPECT_EQ(result.checkpoints[0].id, "cp-1");
    EXPECT_EQ(result.checkpoints[0].role, CheckpointRole::completes);
}

TEST(RunAffectedGates, ListsThePlannedGatesAndRunsNoneOnADryRun) {
    const Scenario s;
    s.services_after_foundation("services: first");
    CheckRequest request = request_in(s);
    request.dry_run = true;
    const CheckInputs inputs = inputs_of(request);
    CheckResult result = describe_change(inputs, request);
    test::FakeRunner runner;
    run_scripted(inputs, request, runner, result);
    EXPECT_THAT(result.planned_gates, ElementsAre("unit", "look"));
    EXPECT_FALSE(result.run);
    EXPECT_THAT(runner.started, IsEmpty());
}

TEST(RunAffectedGates, RunsTheGatesWithTheChangesSignOffsAndItsFiles) {
    const Scenario s;
    s.services_after_foundation("services: first\n\nVerified: look");
    const CheckRequest request = request_in(s);
    const CheckInputs inputs = inputs_of(request);
    CheckResult result = describe_change(inputs, request);
    test::FakeRunner runner;
    run_scripted(inputs, request, runner, result);
    ASSERT_TRUE(result.run);
    EXPECT_THAT(runner.started, ElementsAre("unit"));  // look is manual: signed off, not run
    ASSERT_EQ(result.run->gates.size(), 2u);
    EXPECT_EQ(result.run->gates[1].status, GateStatus::passed);
    EXPECT_EQ(result.run->packet, "services");
    EXPECT_EQ(result.run->head, result.head_commit);
}

TEST(RunAffectedGates, GivesAnEmptyRunWhenNoGateIsAffected) {
    const Scenario s;
    s.branch("topic", {{"notes.txt", "x\n"}}, "no packet");
    const CheckRequest request = request_in(s);
    const CheckInputs inputs = inputs_of(request);
    CheckResult result = describe_change(inputs, request);
    test::FakeRunner runner;
    run_scripted(inputs, request, runner, result);
    ASSERT_TRUE(result.run);
    EXPECT_THAT(result.run->gates, IsEmpty());
    EXPECT_EQ(result.run->base, result.base_commit);
}

TEST(SettleDependencies, PassesTheCheckpointOnceItsGatesPassedAndFindsTheDependenciesMet) {
    const Scenario s;
    s.services_after_foundation("services: first\n\nVerified: look");
    CheckRequest request = request_in(s);
    const CheckInputs inputs = inputs_of(request);
    CheckResult result = describe_change(inputs, request);
    CheckpointStage stage = assess_checkpoints(inputs, request, result);
    test::FakeRunner runner;
    run_scripted(inputs, request, runner, result);
    settle_dependencies(inputs, stage, result);
    ASSERT_EQ(result.checkpoints.size(), 1u);
    EXPECT_EQ(result.checkpoints[0].status, CheckpointStatus::passed);
    ASSERT_EQ(result.dependencies.size(), 2u);
    EXPECT_TRUE(result.dependencies[0].satisfied) << result.dependencies[0].reason;
    EXPECT_TRUE(result.dependencies[1].satisfied) << result.dependencies[1].reason;
}

TEST(EvaluateCheckTriggers, FiresPacketDelayFromThePlanAndToday) {
    const Scenario s;
    s.branch("packet/services", {{"src/service.py", "pass\n"}}, "services: first");
    CheckRequest request = request_in(s);
    request.today = CivilDate::parse("2025-02-20");
    const CheckInputs inputs = inputs_of(request);
    CheckResult result = describe_change(inputs, request);
    evaluate_check_triggers(inputs, request, result);
    ASSERT_EQ(result.triggers.size(), 1u);
    EXPECT_TRUE(result.triggers[0].fired) << result.triggers[0].reason;
    EXPECT_THAT(result.triggers[0].message, HasSubstr("escalate-to-lead"));
}

}  // namespace
}  // namespace tollgate
