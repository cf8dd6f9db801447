#include "runner/coverage/gcovr_json_reader.hpp"

#include "runner/coverage/report_loader.hpp"
#include "tests/unit/coverage/real_reports.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

ParsedReport read(std::string_view text) {
    return read_gcovr_json(ReportInput{text, "g.json", {}});
}

TEST(GcovrJsonReader, TotalsEqualGcovrsCoberturaOfTheSameRun) {
    test::CProject project;
    project.run("5 50 -3 1");
    const auto json = project.gcovr("--json", "gcovr.json");
    const auto xml = project.gcovr("--cobertura", "gcovr.xml");
    const auto expected = test::cobertura_header(xml);
    const auto report = load_report(json, CoverageFormat::auto_detect);
    EXPECT_EQ(report.format, CoverageFormat::gcovr_json);
    const auto totals = report.data.totals();
    EXPECT_EQ(totals.lines, expected.lines);
    EXPECT_EQ(totals.branches, expected.branches);
    EXPECT_EQ(totals.functions, test::lcov_summary({project.lcov_capture("same.info")}).functions);
}

TEST(GcovrJsonReader, SkipsNonCodeLinesAndTheirBranches) {
    const auto report = read(R"({"files": [{"file": "a.c", "functions": [], "lines": [
        {"line_number": 1, "count": 0, "gcovr/noncode": true, "branches": [{"count": 1}]},
        {"line_number": 2, "count": 3, "gcovr/noncode": false, "branches": [{"count": 1}, {"count": 0}]}
    ]}], "gcovr/format_version": "0.2"})");
    const auto totals = report.data.totals();
    EXPECT_EQ(totals.lines, (CoverageCounts{1, 1}));
    EXPECT_EQ(totals.branches, (CoverageCounts{1, 2}));
}

TEST(GcovrJsonReader, ReportsMalformedJsonWithLineAndColumn) {
    try {
        read("{\"files\": [\n  {\"file\": \"a.c\", \"lines\": [\n");
        FAIL() << "no error";
    } catch (const ReportError& e) {
        EXPECT_NE(std::string(e.what()).find("g.json:3:1: malformed JSON: "), std::string::npos) << e.what();
    }
}

TEST(GcovrJsonReader, RejectsALineWithoutNumber) {
    try {
        read(R"({"files": [{"file": "a.c", "lines": [{"count": 1}]}]})");
        FAIL() << "no error";
    } catch (const ReportError& e) {
        EXPECT_NE(std::string(e.what()).find("a line entry has no \"line_number\""), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace tollgate
