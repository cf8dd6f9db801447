#include "runner/verdict/check_result.hpp"

#include "tests/unit/verdict/verdict_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(ConcludeCheck, PassesWhenNothingFails) {
    CheckResult r;
    r.run = RunResult{};
    r.run->gates = {test::gate_result("unit", GateStatus::passed)};
    conclude_check(r);
    EXPECT_EQ(r.verdict, Verdict::pass);
    EXPECT_TRUE(r.failures.empty());
}

TEST(ConcludeCheck, CollectsOneLinePerFailingRuleInOrder) {
    CheckResult r;
    PathVerdict v;
    v.allowed = false;
    v.reason = "services may not modify db/x.sql: zone Migrations (tollgate.yml:4) is exclusive to foundation";
    r.changed.push_back(v);
    r.dependencies.push_back({"foundation", false, false, true, "services may not merge before foundation is done: x"});
    r.run = RunResult{};
    r.run->gates = {test::gate_result("unit", GateStatus::failed), test::gate_result("look", GateStatus::manual)};
    r.run->gates[0].outcome = "exit 1";
    TriggerFinding t;
    t.when = "coverage < 80";
    t.action = TriggerAction::block;
    t.value = 70;
    t.fired = true;
    t.reason = "coverage is 70 %, < 80 %";
    t.message = "block-deployment";
    t.where = {"tollgate.yml", 9, 5};
    r.triggers.push_back(t);
    conclude_check(r);
    EXPECT_EQ(r.verdict, Verdict::fail);
    ASSERT_EQ(r.failures.size(), 5u);
    EXPECT_EQ(r.failures[0], v.reason);
    EXPECT_EQ(r.failures[1], "services may not merge before foundation is done: x");
    EXPECT_EQ(r.failures[2], "gate unit failed (exit 1)");
    EXPECT_EQ(r.failures[3],
              "gate look is manual and has no sign-off: once a person has checked it, add a 'Verified: look' "
              "trailer to a commit of the change");
    EXPECT_EQ(r.failures[4],
              "trigger 'coverage < 80' (tollgate.yml:9:5) fired: coverage is 70 %, < 80 % — block-deployment");
}

TEST(ConcludeCheck, AdvisoryGatesNonBlockingDependenciesAndWarnTriggersOnlyWarn_NotifyTriggersNotify) {
    CheckResult r;
    r.dependencies.push_back({"cp-soft", true, false, false, "ui may not merge before checkpoint cp-soft has passed"});
    r.gate_reasons.push_back({"look", {"checkpoint cp-soft (blocker: false)"}, true});
    r.run = RunResult{};
    r.run->gates = {test::gate_result("look", GateStatus::manual)};
    TriggerFinding warn;
    warn.when = "x.p95 > 1";
    warn.action = TriggerAction::warn;
    warn.fired = true;
    TriggerFinding notify = warn;
    notify.action = TriggerAction::notify;
    r.triggers = {warn, notify};
    conclude_check(r);
    EXPECT_EQ(r.verdict, Verdict::pass);
    EXPECT_EQ(r.warnings.size(), 3u);
    EXPECT_EQ(r.notifications.size(), 1u);
}

}  // namespace
}  // namespace tollgate
