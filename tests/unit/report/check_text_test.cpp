#include "runner/report/check_text.hpp"

#include "tests/unit/report/check_render_fixture.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(CheckText, EndsWithTheVerdictAndEveryFailingReasonOnOneLine) {
    const std::string out = render_check_text(test::failing_check(), false);
    EXPECT_EQ(out.rfind("tollgate check: FAIL\n", 0), 0u) << out;
    EXPECT_THAT(out, HasSubstr("  packet     services (branch packet/services)\n"));
    EXPECT_THAT(out, HasSubstr("  change     main (11111111) → HEAD (22222222), 1 path(s)\n"));
    EXPECT_THAT(out, HasSubstr("  … pending cp-1 [prerequisite, blocker]\n      waiting: foundation is not done\n"));
    EXPECT_THAT(out, HasSubstr("  failed unit (0.00s) exit 1\n      why: packet services\n"));
    EXPECT_THAT(out, HasSubstr("  n/a   unit.p95 > 500 → warn: not evaluated: no value"));
    const auto verdict = out.find("FAIL: 4 reason(s)\n");
    ASSERT_NE(verdict, std::string::npos) << out;
    EXPECT_EQ(
        out.substr(verdict),
        "FAIL: 4 reason(s)\n"
        "  - services may not modify db/001.sql: zone Migrations ('db/' at tollgate.yml:9) is exclusive to foundation\n"
        "  - services may not merge before checkpoint cp-1 has passed: it is pending\n"
        "  - gate unit failed (exit 1)\n"
        "  - trigger 'coverage < 80' fired: coverage is 75 %, < 80 %\n");
}

TEST(CheckText, ColoursOnlyWhenAsked) {
    EXPECT_THAT(render_check_text(test::failing_check(), false), Not(HasSubstr("\x1b[")));
    EXPECT_THAT(render_check_text(test::failing_check(), true), HasSubstr("\x1b[31;1mFAIL\x1b[0m"));
}

TEST(CheckText, ADryRunListsTheGatesThatWouldRun) {
    CheckResult r;
    r.dry_run = true;
    r.planned_gates = {"unit"};
    r.gate_reasons.push_back({"unit", {"packet services"}, false});
    conclude_check(r);
    const std::string out = render_check_text(r, false);
    EXPECT_THAT(out, HasSubstr("Gates that would run (--dry-run): 1\n  unit: packet services\n"));
    EXPECT_THAT(out, HasSubstr("PASS: no rule fails so far (gates not run: --dry-run)\n"));
}

}  // namespace
}  // namespace tollgate
