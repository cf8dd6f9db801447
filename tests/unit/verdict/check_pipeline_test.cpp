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

}  // namespace
}  // namespace tollgate
