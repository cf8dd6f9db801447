#include "runner/coverage/resolve_paths.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

LoadedReport report(const std::string& name, std::vector<std::pair<std::string, int>> files,
                    std::vector<std::string> roots = {}) {
    LoadedReport r{name, {}};
    r.parsed.source_roots = std::move(roots);
    for (const auto& [path, hits] : files) {
        auto& f = r.parsed.data.file(path);
        f.lines.add(1, static_cast<std::uint64_t>(hits));
        f.finish();
    }
    return r;
}

const PathMapper k_mapper({"src/a.c", "src/b.c"}, true, "/repo", {});

TEST(AddReport, MergesReportPathsThatMapToTheSameFile) {
    ResolvedCoverage c;
    add_report(c, report("one.info", {{"/ci/src/a.c", 0}}), k_mapper);
    add_report(c, report("two.xml", {{"a.c", 2}}, {"/repo/src"}), k_mapper);
    ASSERT_EQ(c.data.files.size(), 1u);
    EXPECT_EQ(c.data.files.at("src/a.c").lines.hits(1), 2u);
    EXPECT_EQ(c.matched_files, 1u);
}

TEST(AddReport, ListsUnmatchedFilesButKeepsThemInTheTotals) {
    ResolvedCoverage c;
    add_report(c, report("one.info", {{"/ci/src/a.c", 1}, {"/usr/include/stdio.h", 0}}), k_mapper);
    ASSERT_EQ(c.unmatched.size(), 1u);
    EXPECT_EQ(c.unmatched[0].path, "/usr/include/stdio.h");
    EXPECT_EQ(c.unmatched[0].report, "one.info");
    EXPECT_EQ(c.unmatched[0].lines, (CoverageCounts{0, 1}));
    EXPECT_EQ(c.data.totals().lines, (CoverageCounts{1, 2}));
}

TEST(RequireSomeMatch, RejectsAReportOfAnotherRepository) {
    ResolvedCoverage c;
    add_report(c, report("other.info", {{"/x/lib/z.c", 1}, {"/x/lib/y.c", 1}}), k_mapper);
    try {
        require_some_match(c, "other.info");
        FAIL();
    } catch (const ReportError& e) {
        EXPECT_STREQ(e.what(),
                     "other.info: no file in the coverage report is a tracked file of this repository "
                     "(it names /x/lib/y.c, /x/lib/z.c)");
        EXPECT_EQ(e.hint(), "is it a report of another repository? map its paths with --path-map FROM=TO");
    }
}

}  // namespace
}  // namespace tollgate
