#include "runner/coverage/lcov_reader.hpp"

#include "runner/coverage/report_loader.hpp"
#include "tests/support/shell.hpp"
#include "tests/unit/coverage/real_reports.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

ParsedReport read(std::string_view text) {
    return read_lcov(ReportInput{text, "t.info", {}});
}

std::string error_of(std::string_view text) {
    try {
        read(text);
    } catch (const ReportError& e) {
        return e.what();
    }
    return "no error";
}

std::filesystem::path fixture(const std::string& name) {
    return test::source_dir() / "tests/fixtures/coverage" / name;
}

TEST(LcovReader, TotalsEqualLcovSummaryForARealGccCapture) {
    test::CProject project;
    project.run("5 50 -3 1");
    project.run("2 200");
    const auto info = project.lcov_capture("app.info");
    const auto expected = test::lcov_summary({info});
    const auto totals = load_report(info, CoverageFormat::lcov).data.totals();
    EXPECT_EQ(totals.lines, expected.lines);
    EXPECT_EQ(totals.functions, expected.functions);
    EXPECT_EQ(totals.branches, expected.branches);
    EXPECT_GT(totals.branches.total, 0u);
}

TEST(LcovReader, MergedTracefilesEqualLcovSummaryOverBoth) {
    test::CProject project;
    project.run("5 50");
    const auto first = project.lcov_capture("first.info");
    project.zero();
    project.run("-3 1 2000");
    const auto second = project.lcov_capture("second.info");
    const auto expected = test::lcov_summary({first, second});
    auto merged = load_report(first, CoverageFormat::auto_detect).data;
    merged.merge(load_report(second, CoverageFormat::auto_detect).data);
    const auto totals = merged.totals();
    EXPECT_EQ(totals.lines, expected.lines);
    EXPECT_EQ(totals.functions, expected.functions);
    EXPECT_EQ(totals.branches, expected.branches);
}

TEST(LcovReader, TotalsEqualLcovSummaryForCoveragePysLcovOutput) {
    // coverage.py 6.5 writes checksums on DA lines, BRDA on line 0 and a
    // wrong LH; lcov ignores LH and so must we.
    test::TempDir dir;
    test::write_python_project(dir);
    test::must_run(
        "/usr/bin/python3 -m coverage run --branch --source=. -m pytest -q -p no:cacheprovider >/dev/null"
        " && /usr/bin/python3 -m coverage lcov -q -o cov.info && /usr/bin/python3 -m coverage xml -q -o cov.xml",
        dir.path());
    const auto expected = test::lcov_summary({dir.path() / "cov.info"});
    const auto totals = load_report(dir.path() / "cov.info", CoverageFormat::auto_detect).data.totals();
    EXPECT_EQ(totals.lines, expected.lines);
    EXPECT_EQ(totals.branches, expected.branches);
    EXPECT_EQ(totals.lines, test::cobertura_header(dir.path() / "cov.xml").lines);
}

TEST(LcovReader, MergesSectionsOfOneFileAsLcovDoes) {
    const auto path = fixture("lcov_merge_sections.info");
    const auto report = load_report(path, CoverageFormat::lcov);
    const auto totals = report.data.totals();
    EXPECT_EQ(totals.lines, (CoverageCounts{4, 6}));
    EXPECT_EQ(totals.functions, (CoverageCounts{2, 3}));
    EXPECT_EQ(totals.branches, (CoverageCounts{1, 3}));
    const auto expected = test::lcov_summary({path});
    EXPECT_EQ(totals.lines, expected.lines);
    EXPECT_EQ(totals.branches, expected.branches);
    if (expected.lcov_major < 2) {
        EXPECT_EQ(totals.functions, expected.functions);
    }
    // lcov 2 (2.0: 2 of 2) drops gamma, an FNDA without FN, and marks beta
    // hit because line 12, past its FN line, ran. tollgate counts functions
    // as lcov 1 does (2 of 3) and gates only on lines and branches, where
    // both agree; `tollgate coverage --help` says so.
}

TEST(LcovReader, DropsFilesWithoutLineDataWithTheirFunctionsAndBranches) {
    const auto report = load_report(fixture("lcov_merge_sections.info"), CoverageFormat::lcov);
    EXPECT_EQ(report.data.files.count("/build/src/empty.c"), 0u);
    EXPECT_EQ(report.data.files.size(), 2u);
}

TEST(LcovReader, KeepsNotExecutedBranchesApartFromNotTaken) {
    const auto report = load_report(fixture("lcov_merge_sections.info"), CoverageFormat::lcov);
    const auto& a = report.data.files.at("/build/src/a.c");
    ASSERT_EQ(a.branches.size(), 3u);
    EXPECT_EQ(a.branches[0].taken, 0u);  // "-" then 0: ran, never taken
    EXPECT_EQ(a.branches[1].taken, 2u);
    EXPECT_EQ(a.branches[2].taken, BranchHit::k_not_executed);
}

TEST(LcovReader, ClampsNegativeCountsWithAWarningAndSaturatesHugeOnes) {
    const auto report = load_report(fixture("lcov_merge_sections.info"), CoverageFormat::lcov);
    const auto& b = report.data.files.at("/build/src/b.c");
    EXPECT_EQ(b.lines.hits(1), 0u);
    EXPECT_EQ(b.lines.hits(2), LineTable::k_max_hits);
    ASSERT_EQ(report.warnings.size(), 1u);
    EXPECT_NE(report.warnings[0].str().find("lcov_merge_sections.info:37"), std::string::npos)
        << report.warnings[0].str();
    EXPECT_NE(report.warnings[0].message.find("negative count -3 treated as 0"), std::string::npos);
}

TEST(LcovReader, ReadsLcovTwoFunctionIndexesAndBranchExpressions) {
    const auto report = load_report(fixture("lcov2_functions.info"), CoverageFormat::lcov);
    const auto& lib = report.data.files.at("src/lib.c");
    ASSERT_EQ(lib.functions.size(), 3u);  // aliases of index 0 are one function
    EXPECT_EQ(lib.function_counts(), (CoverageCounts{2, 3}));
    EXPECT_EQ(lib.functions[0].name, "lib_init");
    EXPECT_EQ(lib.functions[0].hits, 5u);
    EXPECT_EQ(lib.functions[1].name, "lib_new_style");
    EXPECT_EQ(lib.functions[1].line, 25u);
    EXPECT_EQ(lib.branch_counts(), (CoverageCounts{1, 3}));
}

TEST(LcovReader, IgnoresTheStoredLfAndLhFigures) {
    const auto report = read("SF:x.c\nDA:1,1\nDA:2,0\nLF:50\nLH:50\nend_of_record\n");
    EXPECT_EQ(report.data.totals().lines, (CoverageCounts{1, 2}));
}

TEST(LcovReader, AcceptsWindowsLineEndsAndBlankLines) {
    const auto report = read("TN:\r\nSF:x.c\r\n\r\nDA:1,1\r\nend_of_record\r\n");
    EXPECT_EQ(report.data.totals().lines, (CoverageCounts{1, 1}));
    EXPECT_EQ(report.data.files.begin()->first, "x.c");
}

TEST(LcovReader, RejectsARecordWithoutEndOfRecordNamingWhereItStarted) {
    EXPECT_EQ(error_of("SF:a.c\nDA:1,1\nend_of_record\nSF:b.c\nDA:1,1\n"),
              "t.info:4: record for 'b.c' has no end_of_record (truncated tracefile?)");
}

TEST(LcovReader, RejectsANewFileSectionBeforeTheLastOneEnded) {
    EXPECT_EQ(error_of("SF:a.c\nDA:1,1\nSF:b.c\nDA:1,1\nend_of_record\n"),
              "t.info:3: SF: for 'b.c' before the end_of_record of 'a.c' (started at line 1)");
}

TEST(LcovReader, RejectsRecordsOutsideAFileSection) {
    EXPECT_EQ(error_of("TN:\nDA:1,1\n"), "t.info:2: DA record outside a file section (no SF: before it)");
}

TEST(LcovReader, RejectsMalformedRecordsWithFileAndLine) {
    EXPECT_EQ(error_of("SF:a.c\nDA:x,1\nend_of_record\n"), "t.info:2: malformed DA record: bad line number 'x'");
    EXPECT_EQ(error_of("SF:a.c\nDA:1,\nend_of_record\n"), "t.info:2: malformed DA record: bad count ''");
    EXPECT_EQ(error_of("SF:a.c\nDA:1\nend_of_record\n"), "t.info:2: malformed DA record: expected DA:<line>,<count>");
    EXPECT_EQ(error_of("SF:a.c\nDA:99999999999,1\nend_of_record\n"),
              "t.info:2: malformed DA record: bad line number '99999999999'");
    EXPECT_EQ(error_of("SF:a.c\nDA:1,1\nBRDA:1,0\nend_of_record\n"),
              "t.info:3: malformed BRDA record: expected BRDA:<line>,<block>,<branch>,<taken>");
    EXPECT_EQ(error_of("SF:a.c\nDA:1,1\nFNDA:3\nend_of_record\n"),
              "t.info:3: malformed FNDA record: expected FNDA:<count>,<name>");
}

TEST(LcovReader, RejectsATracefileWithoutRecords) {
    EXPECT_EQ(error_of("TN:\n"), "t.info:1: no coverage records (SF: ... end_of_record) found");
    EXPECT_EQ(error_of("SF:a.c\nFN:1,f\nend_of_record\n"),
              "t.info:1: no file in the tracefile has line data (DA: records)");
}

TEST(LcovReader, AsksToReleaseConsumedBytesOfALargeTracefile) {
    std::string text;
    for (int f = 0; f < 3000; ++f) {
        text += "SF:src/f" + std::to_string(f) + ".c\n";
        for (int l = 1; l <= 500; ++l) text += "DA:" + std::to_string(l) + "," + std::to_string(l % 3) + "\n";
        text += "end_of_record\n";
    }
    std::size_t released = 0;
    const auto report = read_lcov(ReportInput{text, "big.info", [&](std::size_t offset) { released = offset; }});
    EXPECT_EQ(report.data.totals().lines, (CoverageCounts{3000 * 334, 3000 * 500}));
    EXPECT_GT(released, text.size() / 2);
}

}  // namespace
}  // namespace tollgate
