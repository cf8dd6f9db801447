#include "runner/coverage/thresholds.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

Percent pct(const char* text) {
    return *Percent::parse(text);
}

CoverageTotals totals(CoverageCounts lines, CoverageCounts branches = {}) {
    return {lines, branches, {}};
}

TEST(EvaluateThresholds, FailsAMinimumMissedByAHair) {
    CoveragePolicy policy;
    policy.min = pct("80");
    const auto checks = evaluate_thresholds(policy, totals({7996, 10000}), nullptr, nullptr);
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_FALSE(checks[0].passed);
    EXPECT_EQ(checks[0].actual, (CoverageCounts{7996, 10000}));
}

TEST(EvaluateThresholds, FailsAMinimumTheReportCannotShow) {
    CoveragePolicy policy;
    policy.min = pct("10");
    policy.branch_min = pct("10");
    const auto checks = evaluate_thresholds(policy, totals({0, 0}, {0, 0}), nullptr, nullptr);
    EXPECT_FALSE(checks[0].passed);
    EXPECT_EQ(checks[0].note, "no coverable lines");
    EXPECT_FALSE(checks[1].passed);
    EXPECT_EQ(checks[1].note, "no branch data in the report");
}

TEST(EvaluateThresholds, PassesPatchMinWhenNoCoverableLineChangedAndSaysSo) {
    CoveragePolicy policy;
    policy.patch_min = pct("90");
    const PatchCoverage patch;
    const auto checks = evaluate_thresholds(policy, totals({1, 2}), &patch, nullptr);
    EXPECT_TRUE(checks[0].passed);
    EXPECT_EQ(checks[0].note, "no coverable lines changed");
}

TEST(EvaluateThresholds, JudgesPatchMinOnTheChangedLines) {
    CoveragePolicy policy;
    policy.patch_min = pct("90");
    PatchCoverage patch;
    patch.lines = {8, 9};
    EXPECT_FALSE(evaluate_thresholds(policy, totals({1, 2}), &patch, nullptr)[0].passed);
    patch.lines = {9, 10};
    EXPECT_TRUE(evaluate_thresholds(policy, totals({1, 2}), &patch, nullptr)[0].passed);
}

TEST(EvaluateThresholds, FailsPatchMinWithoutAChange) {
    CoveragePolicy policy;
    policy.patch_min = pct("90");
    const auto checks = evaluate_thresholds(policy, totals({1, 2}), nullptr, nullptr);
    EXPECT_FALSE(checks[0].passed);
    EXPECT_EQ(checks[0].note, "no change to measure (give --base)");
}

TEST(EvaluateThresholds, NoDropComparesWithTheBaselineExactly) {
    CoveragePolicy policy;
    policy.no_drop = true;
    const CoverageBaseline baseline{CoverageCounts{80, 100}, std::nullopt, std::nullopt, "b.json"};
    EXPECT_TRUE(evaluate_thresholds(policy, totals({800, 1000}), nullptr, &baseline)[0].passed);
    EXPECT_FALSE(evaluate_thresholds(policy, totals({799, 1000}), nullptr, &baseline)[0].passed);
}

TEST(EvaluateThresholds, NoDropComparesWithARecordedPercentageExactly) {
    CoveragePolicy policy;
    policy.no_drop = true;
    const CoverageBaseline baseline{std::nullopt, Percent::parse("79.99"), std::nullopt, "results.json"};
    EXPECT_TRUE(evaluate_thresholds(policy, totals({7999, 10000}), nullptr, &baseline)[0].passed);
    EXPECT_FALSE(evaluate_thresholds(policy, totals({79989, 100000}), nullptr, &baseline)[0].passed);
}

TEST(EvaluateThresholds, NoDropWithoutABaselinePassesAndSaysSo) {
    CoveragePolicy policy;
    policy.no_drop = true;
    const auto checks = evaluate_thresholds(policy, totals({1, 2}), nullptr, nullptr);
    EXPECT_TRUE(checks[0].passed);
    EXPECT_EQ(checks[0].note, "no baseline recorded");
}

}  // namespace
}  // namespace tollgate
