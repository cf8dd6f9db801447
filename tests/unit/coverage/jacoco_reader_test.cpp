#include "runner/coverage/jacoco_reader.hpp"

#include "runner/coverage/report_loader.hpp"
#include "tests/support/shell.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

std::filesystem::path fixture(const std::string& name) {
    return test::source_dir() / "tests/fixtures/coverage" / name;
}

TEST(JacocoReader, TotalsEqualTheLineBranchAndMethodCountersOfTheReport) {
    const auto report = load_report(fixture("jacoco_small.xml"), CoverageFormat::auto_detect);
    EXPECT_EQ(report.format, CoverageFormat::jacoco);
    const auto totals = report.data.totals();
    // <counter type="LINE" missed="2" covered="4"/>, BRANCH 1/3, METHOD 1/2 at the report level.
    EXPECT_EQ(totals.lines, (CoverageCounts{4, 6}));
    EXPECT_EQ(totals.branches, (CoverageCounts{3, 4}));
    EXPECT_EQ(totals.functions, (CoverageCounts{2, 3}));
}

TEST(JacocoReader, NamesFilesByPackagePathAndMethodsByClassNameAndDescriptor) {
    const auto report = load_report(fixture("jacoco_small.xml"), CoverageFormat::jacoco);
    ASSERT_EQ(report.data.files.count("com/example/Calc.java"), 1u);
    const auto& calc = report.data.files.at("com/example/Calc.java");
    EXPECT_EQ(calc.functions.at(0).name, "Calc.<init>()V");
    EXPECT_EQ(calc.lines.hits(7), 0u);
    EXPECT_FALSE(calc.lines.hits(13));  // mi = ci = 0: no code on the line
}

TEST(JacocoReader, RejectsALineWithoutNumber) {
    const std::string text =
        "<report name=\"r\"><package name=\"p\"><sourcefile name=\"A.java\"><line mi=\"1\"/>"
        "</sourcefile></package></report>";
    try {
        read_jacoco(ReportInput{text, "j.xml", {}});
        FAIL() << "no error";
    } catch (const ReportError& e) {
        EXPECT_STREQ(e.what(), "j.xml:1:62: <line> needs a numeric nr attribute");
    }
}

}  // namespace
}  // namespace tollgate
