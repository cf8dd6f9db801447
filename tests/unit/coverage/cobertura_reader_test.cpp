#include "runner/coverage/cobertura_reader.hpp"

#include "runner/coverage/report_loader.hpp"
#include "tests/support/shell.hpp"
#include "tests/unit/coverage/real_reports.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

ParsedReport read(std::string_view text) {
    return read_cobertura(ReportInput{text, "c.xml", {}});
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

TEST(CoberturaReader, TotalsEqualTheFiguresGcovrWroteIntoItsXml) {
    test::CProject project;
    project.run("5 50 -3 1");
    const auto xml = project.gcovr("--cobertura", "gcovr.xml");
    const auto expected = test::cobertura_header(xml);
    const auto report = load_report(xml, CoverageFormat::auto_detect);
    EXPECT_EQ(report.format, CoverageFormat::cobertura);
    const auto totals = report.data.totals();
    EXPECT_EQ(totals.lines, expected.lines);
    EXPECT_EQ(totals.branches, expected.branches);
    EXPECT_GT(totals.branches.total, 0u);
    EXPECT_EQ(report.source_roots, (std::vector<std::string>{"."}));
}

TEST(CoberturaReader, TotalsEqualTheFiguresCoveragePyWroteIntoItsXml) {
    test::TempDir dir;
    test::write_python_project(dir);
    test::must_run(
        "/usr/bin/python3 -m coverage run --branch --source=. -m pytest -q -p no:cacheprovider >/dev/null"
        " && /usr/bin/python3 -m coverage xml -o cov.xml",
        dir.path());
    const auto expected = test::cobertura_header(dir.path() / "cov.xml");
    const auto report = load_report(dir.path() / "cov.xml", CoverageFormat::auto_detect);
    const auto totals = report.data.totals();
    EXPECT_EQ(totals.lines, expected.lines);
    EXPECT_EQ(totals.branches, expected.branches);
    EXPECT_EQ(report.data.files.at("mod.py").lines.hits(5), 0u);
}

TEST(CoberturaReader, CountsClassLinesOnceAndMethodsAsFunctions) {
    const auto report = load_report(fixture("cobertura_coverage_py.xml"), CoverageFormat::cobertura);
    const auto totals = report.data.totals();
    EXPECT_EQ(totals.lines, (CoverageCounts{6, 9}));
    EXPECT_EQ(totals.branches, (CoverageCounts{3, 4}));
    EXPECT_EQ(totals.functions, (CoverageCounts{1, 1}));
    const auto& mod = report.data.files.at("pkg/mod.py");
    EXPECT_EQ(mod.functions.at(0).name, "classify(x)");
    EXPECT_EQ(mod.functions.at(0).line, 2u);
}

TEST(CoberturaReader, DecodesEntitiesInFileNamesAndReturnsTheSourceRoots) {
    const auto report = load_report(fixture("cobertura_coverage_py.xml"), CoverageFormat::cobertura);
    EXPECT_EQ(report.data.files.count("pkg/a & b.py"), 1u);
    EXPECT_EQ(report.source_roots, (std::vector<std::string>{"/home/ci/work/repo/src"}));
}

TEST(CoberturaReader, RejectsTruncatedXmlNamingTheUnclosedElement) {
    EXPECT_EQ(error_of("<coverage>\n<packages><package><classes>\n<class filename=\"a\"><lines><line number=\"1\" hi"),
              "c.xml:3:28: truncated XML: tag <line> is cut off");
    EXPECT_EQ(error_of("<coverage>\n  <packages>\n"), "c.xml:2:3: truncated XML: <packages> is never closed");
}

TEST(CoberturaReader, RejectsMismatchedTagsAndBadNumbers) {
    EXPECT_EQ(error_of("<coverage><packages></coverage>"),
              "c.xml:1:21: malformed XML: </coverage> closes <packages> opened at line 1");
    EXPECT_EQ(
        error_of("<coverage><class filename=\"a\"><lines><line number=\"x\" hits=\"1\"/></lines></class></coverage>"),
        "c.xml:1:38: <line> needs a numeric number attribute");
    EXPECT_EQ(error_of("<coverage><class filename=\"a\"><lines><line number=\"1\" hits=\"1\" branch=\"true\" "
                       "condition-coverage=\"50% (3/2)\"/></lines></class></coverage>"),
              "c.xml:1:38: malformed condition-coverage \"50% (3/2)\"");
}

TEST(CoberturaReader, RejectsAnotherXmlDialect) {
    EXPECT_EQ(error_of("<?xml version=\"1.0\"?>\n<report name=\"x\"/>"),
              "c.xml:2:1: not a Cobertura report: the root element is <report>, not <coverage>");
}

TEST(CoberturaReader, ClampsNegativeAndSaturatesHugeHits) {
    const auto report = read(
        "<coverage><class filename=\"a\"><lines><line number=\"1\" hits=\"-4\"/>"
        "<line number=\"2\" hits=\"99999999999999999999999\"/></lines></class></coverage>");
    const auto& a = report.data.files.at("a");
    EXPECT_EQ(a.lines.hits(1), 0u);
    EXPECT_EQ(a.lines.hits(2), LineTable::k_max_hits);
}

}  // namespace
}  // namespace tollgate
