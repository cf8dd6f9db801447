#include "runner/coverage/coverage_data.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(FileCoverage, MergesBranchesAsLcovDoes) {
    FileCoverage f;
    f.add_branch(3, 0, 0, BranchHit::k_not_executed);
    f.add_branch(3, 0, 0, BranchHit::k_not_executed);
    f.add_branch(3, 0, 1, BranchHit::k_not_executed);
    f.add_branch(3, 0, 1, 0);
    f.add_branch(3, 1, 0, 2);
    f.add_branch(3, 1, 0, 5);
    f.finish();
    ASSERT_EQ(f.branches.size(), 3u);
    EXPECT_EQ(f.branches[0].taken, BranchHit::k_not_executed);
    EXPECT_EQ(f.branches[1].taken, 0u);
    EXPECT_EQ(f.branches[2].taken, 7u);
    EXPECT_EQ(f.branch_counts(), (CoverageCounts{1, 3}));
}

TEST(FileCoverage, MergesFunctionsByNameKeepingTheFirstKnownLine) {
    FileCoverage f;
    f.add_function("b", 0, 2);
    f.add_function("a", 5, 0);
    f.add_function("b", 9, 1);
    f.finish();
    ASSERT_EQ(f.functions.size(), 2u);
    EXPECT_EQ(f.functions[1].name, "b");
    EXPECT_EQ(f.functions[1].line, 9u);
    EXPECT_EQ(f.functions[1].hits, 3u);
    EXPECT_EQ(f.function_counts(), (CoverageCounts{1, 2}));
}

TEST(CoverageData, MergesReportsFileByFileSummingHits) {
    CoverageData a;
    a.file("x.c").lines.add(1, 0);
    a.file("x.c").finish();
    CoverageData b;
    b.file("x.c").lines.add(1, 3);
    b.file("x.c").lines.add(2, 0);
    b.file("x.c").finish();
    b.file("y.c").lines.add(1, 1);
    b.file("y.c").finish();
    a.merge(b);
    EXPECT_EQ(a.files.at("x.c").lines.hits(1), 3u);
    EXPECT_EQ(a.totals().lines, (CoverageCounts{2, 3}));
}

}  // namespace
}  // namespace tollgate
