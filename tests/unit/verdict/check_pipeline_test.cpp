// run_check: the steps in order, one verdict.
#include "runner/verdict/check_pipeline.hpp"

#include "runner/verdict/check_inputs.hpp"
#include "tests/support/fake_runner.hpp"
#include "tests/support/scenario.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::Scenario;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

CheckResult check(const Scenario& s, test::FakeRunner& runner) {
    CheckRequest request;
    request.workspace = s.path();
    request.inventory = s.path() / "tollgate.yml";
    request.today = CivilDate::parse("2025-01-20");
    NullRunObserver observer;
    return run_check(load_check_inputs(request, CheckSources{}), request, runner, observer);
}

TEST(RunCheck, PassesAChangeThatKeepsToItsZonesAfterItsDependenciesLanded) {
    const Scenario s;
    s.services_after_foundation("services: first\n\nVerified: look");
    test::FakeRunner runner;
    const CheckResult result = check(s, runner);
    EXPECT_EQ(result.verdict, Verdict::pass) << ::testing::PrintToString(result.failures);
    EXPECT_THAT(runner.started, ElementsAre("migrate", "unit"));
}

TEST(RunCheck, FailsWithOneLineForEachBrokenRuleAndFailedGate) {
    const Scenario s;
    s.branch("packet/services", {{"database/migrations/001.sql", "x\n"}}, "services: widen\n\nVerified: look");
    test::FakeRunner runner;
    runner.script["unit"].push_back(test::exited(1));
    const CheckResult result = check(s, runner);
    EXPECT_EQ(result.verdict, Verdict::fail);
    EXPECT_THAT(result.failures, ::testing::Contains(HasSubstr("services may not modify database/migrations/001.sql")));
    EXPECT_THAT(result.failures, ::testing::Contains(HasSubstr("services may not merge before foundation")));
    EXPECT_THAT(result.failures, ::testing::Contains(HasSubstr("unit")));
}

CheckRequest dry_request(const Scenario& s) {
    CheckRequest request;
    request.workspace = s.path();
    request.inventory = s.path() / "tollgate.yml";
    request.today = CivilDate::parse("2025-01-20");
    request.dry_run = true;
    return request;
}

TEST(JudgeWithoutGates, FailsForTheSameRulesAsADryRunCheckAndRunsNothing) {
    const Scenario s;
    s.branch("packet/services", {{"database/migrations/001.sql", "x\n"}}, "services: widen\n\nVerified: look");
    const CheckRequest request = dry_request(s);
    const CheckInputs inputs = load_check_inputs(request, CheckSources{});
    test::FakeRunner runner;
    NullRunObserver observer;
    const CheckResult dry = run_check(inputs, request, runner, observer);
    const CheckResult judged = judge_without_gates(inputs, request);
    EXPECT_EQ(judged.verdict, Verdict::fail);
    EXPECT_EQ(judged.failures, dry.failures);
    EXPECT_EQ(judged.warnings, dry.warnings);
    EXPECT_TRUE(judged.dry_run);
    EXPECT_FALSE(judged.run);
    EXPECT_TRUE(judged.planned_gates.empty());
    EXPECT_TRUE(runner.started.empty());
}

TEST(JudgeWithoutGates, PassesABranchThatKeepsToItsZones) {
    const Scenario s;
    s.branch("packet/foundation", {{"database/migrations/002.sql", "create table b;\n"}}, "foundation: second");
    const CheckRequest request = dry_request(s);
    const CheckResult judged = judge_without_gates(load_check_inputs(request, CheckSources{}), request);
    EXPECT_EQ(judged.verdict, Verdict::pass) << ::testing::PrintToString(judged.failures);
    EXPECT_EQ(judged.packet, "foundation");
}

// check would run cp-1's gates itself; without gates it is pending, as with --dry-run.
TEST(JudgeWithoutGates, HoldsABranchWhoseAwaitedCheckpointHasNoRecordedPass) {
    const Scenario s;
    s.services_after_foundation("services: first");
    const CheckRequest request = dry_request(s);
    const CheckResult judged = judge_without_gates(load_check_inputs(request, CheckSources{}), request);
    EXPECT_EQ(judged.verdict, Verdict::fail);
    EXPECT_THAT(judged.failures, ElementsAre(HasSubstr("services may not merge before checkpoint cp-1")));
}

}  // namespace
}  // namespace tollgate
