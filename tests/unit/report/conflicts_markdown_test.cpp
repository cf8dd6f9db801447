#include "runner/report/conflicts_markdown.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

ConflictsResult two_conflicting_branches() {
    ConflictsResult r;
    r.base_ref = "main";
    r.base_commit = "0123456789abcdef";
    for (const char* name : {"packet/a", "packet/b", "packet/c|pipe"}) {
        ConflictBranch b;
        b.name = name;
        r.branches.push_back(b);
    }
    ConflictPair p;
    p.first = 0;
    p.second = 1;
    p.overlap = {{"db/1.sql", "Migrations", "exclusive", {"a"}}, {"README.md", "", "", {}}};
    p.conflicts = {{"db/1.sql", "Migrations", "exclusive", {"a"}}};
    r.pairs = {p};
    return r;
}

TEST(RenderConflictsMarkdown, DrawsASymmetricMatrixAndListsEachPair) {
    const auto md = render_conflicts_markdown(two_conflicting_branches());
    EXPECT_NE(md.find("| | packet/a | packet/b | packet/c\\|pipe |"), std::string::npos) << md;
    EXPECT_NE(md.find("| **packet/a** | — | ⛔ **1 conflicts** | · |"), std::string::npos) << md;
    EXPECT_NE(md.find("| **packet/b** | ⛔ **1 conflicts** | — | · |"), std::string::npos) << md;
    EXPECT_NE(md.find("- conflict: db/1.sql — Migrations (exclusive)"), std::string::npos) << md;
    EXPECT_NE(md.find("- overlap, merges cleanly: README.md"), std::string::npos) << md;
    EXPECT_NE(md.find("Verdict: **fail**"), std::string::npos) << md;
}

TEST(ConflictsResult, CountsPairsAndFailsOnlyForExclusiveZones) {
    auto r = two_conflicting_branches();
    EXPECT_EQ(r.pair_count(), 3u);
    EXPECT_FALSE(r.passed());
    r.pairs[0].conflicts[0].rule = "shared";
    EXPECT_TRUE(r.passed());
    EXPECT_EQ(ConflictsResult{}.pair_count(), 0u);
}

}  // namespace
}  // namespace tollgate
