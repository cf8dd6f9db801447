#include "runner/coverage/coverage_text.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

CoverageResult sample() {
    CoverageResult r;
    r.reports = {{"cov.xml", CoverageFormat::cobertura, 2}};
    r.totals = {{11, 14}, {6, 8}, {0, 0}};
    PatchCoverage patch;
    patch.lines = {1, 4};
    patch.files.push_back({"src/a.py", {1, 4}, {{12, 14}, {20, 20}}});
    r.patch = patch;
    r.base_ref = "main";
    r.base_commit = "0123456789abcdef0123456789abcdef01234567";
    r.head_ref = "HEAD";
    r.checks.push_back({"min", "lines", Percent::parse("80"), {11, 14}, std::nullopt, std::nullopt, false, {}});
    r.checks.push_back({"branch-min", "branches", Percent::parse("70"), {6, 8}, std::nullopt, std::nullopt, true, {}});
    return r;
}

TEST(RenderCoverageText, ShowsTotalsPatchLinesAndEachThresholdWithExactFigures) {
    EXPECT_EQ(render_coverage_text(sample()),
              "cov.xml (cobertura): 2 files\n"
              "lines      78.57 %   11 of 14\n"
              "branches   75.00 %   6 of 8\n"
              "functions  n/a       (no function data)\n"
              "patch      25.00 %   1 of 4 changed coverable lines (main 0123456789ab..HEAD)\n"
              "  src/a.py: 12-14, 20\n"
              "FAIL min 80 %: lines 78.57 % (11 of 14)\n"
              "PASS branch-min 70 %: branches 75.00 % (6 of 8)\n"
              "coverage: FAIL (1 of 2 thresholds failed)\n");
}

TEST(RenderCoverageText, SaysNoCoverableLinesInsteadOfAPercentage) {
    CoverageResult r;
    r.checks.push_back(
        {"min", "lines", Percent::parse("80"), {0, 0}, std::nullopt, std::nullopt, false, "no coverable lines"});
    const auto text = render_coverage_text(r);
    EXPECT_NE(text.find("lines      n/a       (no coverable lines)\n"), std::string::npos) << text;
    EXPECT_NE(text.find("FAIL min 80 %: lines n/a (no coverable lines)\n"), std::string::npos) << text;
}

TEST(RenderCoverageWarnings, ListsUnmatchedFilesAndReaderWarnings) {
    CoverageResult r;
    r.unmatched.push_back({"cov.info", "/usr/include/x.h", "no tracked file ends with 'x.h'", {0, 1}});
    r.warnings.push_back({Severity::warning, {"cov.info", 7, 0}, "negative count -1 treated as 0 (as lcov does)", {}});
    EXPECT_EQ(
        render_coverage_warnings(r),
        "tollgate: cov.info:7: warning: negative count -1 treated as 0 (as lcov does)\n"
        "tollgate: warning: 1 report file matches no tracked file (counted in the totals, not in patch coverage):\n"
        "tollgate:   /usr/include/x.h in cov.info: no tracked file ends with 'x.h'\n");
}

}  // namespace
}  // namespace tollgate
