#include "runner/coverage/patch_coverage.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

CoverageData data() {
    CoverageData d;
    auto& a = d.file("src/a.py");
    for (std::uint32_t line : {10u, 11u, 12u, 13u, 14u, 15u, 20u, 21u})
        a.lines.add(line, line == 11 || line == 21 ? 1 : 0);
    a.lines.add(15, 3);
    a.finish();
    auto& b = d.file("src/b.py");
    b.lines.add(1, 1);
    b.finish();
    return d;
}

ChangedFile changed(std::string path, std::vector<LineRange> added, ChangeStatus status = ChangeStatus::modified) {
    ChangedFile f;
    f.path = std::move(path);
    f.status = status;
    f.lines_known = true;
    f.added = std::move(added);
    return f;
}

TEST(PatchCoverage, CountsOnlyTheCoverableChangedLines) {
    ChangeSet change;
    change.files.push_back(changed("src/a.py", {{9, 16}, {20, 20}}));
    const auto p = patch_coverage(data(), change);
    // Coverable changed lines: 10-15 and 20; covered: 11 and 15.
    EXPECT_EQ(p.lines, (CoverageCounts{2, 7}));
    ASSERT_EQ(p.files.size(), 1u);
    EXPECT_EQ(format_ranges(p.files[0].uncovered), "10, 12-14, 20");
}

TEST(PatchCoverage, UsesTheNewPathOfARenamedFile) {
    ChangeSet change;
    auto f = changed("src/b.py", {{1, 1}}, ChangeStatus::renamed);
    f.old_path = "src/old_b.py";
    change.files.push_back(f);
    EXPECT_EQ(patch_coverage(data(), change).lines, (CoverageCounts{1, 1}));
}

TEST(PatchCoverage, SaysSoWhenNoCoverableLineChanged) {
    ChangeSet change;
    change.files.push_back(changed("src/a.py", {{1, 5}, {16, 19}}));
    change.files.push_back(changed("README.md", {{1, 40}}));
    change.files.push_back(changed("src/gone.py", {}, ChangeStatus::deleted));
    const auto p = patch_coverage(data(), change);
    EXPECT_TRUE(p.no_coverable_lines());
    EXPECT_TRUE(p.files.empty());
    EXPECT_EQ(p.unmeasured, (std::vector<std::string>{"README.md"}));
}

TEST(PatchCoverage, CountsOverlappingRangesOnceAndSurvivesHugeOnes) {
    ChangeSet change;
    change.files.push_back(changed("src/a.py", {{12, 14}, {10, 13}, {20, 2147483647}}));
    const auto p = patch_coverage(data(), change);
    EXPECT_EQ(p.lines, (CoverageCounts{2, 7}));
}

TEST(PatchCoverage, ListsFilesWhoseLineDataIsUnknown) {
    ChangeSet change;
    auto f = changed("src/a.py", {});
    f.lines_known = false;
    change.files.push_back(f);
    EXPECT_EQ(patch_coverage(data(), change).lines_unknown, (std::vector<std::string>{"src/a.py"}));
}

TEST(FormatRanges, JoinsSingleLinesAndSpans) {
    EXPECT_EQ(format_ranges({{12, 14}, {20, 20}}), "12-14, 20");
    EXPECT_EQ(format_ranges({}), "");
}

}  // namespace
}  // namespace tollgate
