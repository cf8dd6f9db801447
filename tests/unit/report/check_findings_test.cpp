#include "runner/report/check_findings.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(CheckFindings, KeepsViolationsOnTheirFilesAndOtherFailuresAsLines) {
    CheckResult r;
    r.verdict = Verdict::fail;
    PathVerdict v;
    v.path = "db/002.sql";
    v.allowed = false;
    v.reason = "finance-ui may not add db/002.sql";
    r.changed = {v};
    r.failures = {v.reason, "gate 'unit' failed: exit 1"};
    const auto f = check_findings(r);
    EXPECT_EQ(f.verb, "check");
    EXPECT_FALSE(f.passed);
    ASSERT_EQ(f.violations().size(), 1u);
    EXPECT_EQ(f.failures, std::vector<std::string>{"gate 'unit' failed: exit 1"});
}

TEST(CheckFindings, MergesUncoveredLinesOfSeveralCoverageGatesPerFile) {
    CheckResult r;
    RunResult run;
    for (const auto& ranges :
         {std::vector<std::pair<int, int>>{{2, 3}}, std::vector<std::pair<int, int>>{{2, 3}, {9, 9}}}) {
        GateResult g;
        g.coverage = CoverageFigures{};
        g.coverage->uncovered.push_back({"src/app.py", ranges});
        run.gates.push_back(g);
    }
    r.run = run;
    const auto f = check_findings(r);
    ASSERT_EQ(f.uncovered.size(), 1u);
    EXPECT_EQ(f.uncovered[0].path, "src/app.py");
    EXPECT_EQ(f.uncovered[0].uncovered, (std::vector<LineRange>{{2, 3}, {9, 9}}));
}

}  // namespace
}  // namespace tollgate
