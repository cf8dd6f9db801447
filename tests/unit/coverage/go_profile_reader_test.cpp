#include "runner/coverage/go_profile_reader.hpp"

#include "runner/coverage/report_loader.hpp"
#include "tests/support/shell.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

ParsedReport read(std::string_view text) {
    return read_go_profile(ReportInput{text, "cover.out", {}});
}

std::string error_of(std::string_view text) {
    try {
        read(text);
    } catch (const ReportError& e) {
        return e.what();
    }
    return "no error";
}

TEST(GoProfileReader, TurnsBlocksIntoLinesAndSumsRepeatedBlocks) {
    const auto report =
        load_report(test::source_dir() / "tests/fixtures/coverage/go_cover.out", CoverageFormat::auto_detect);
    EXPECT_EQ(report.format, CoverageFormat::go);
    const auto& calc = report.data.files.at("example.com/demo/calc/calc.go");
    EXPECT_EQ(calc.lines.hits(3), 5u);
    EXPECT_EQ(calc.lines.hits(4), 7u);  // 5 + 0 + 2 from the repeated profile
    EXPECT_EQ(calc.lines.hits(5), 2u);
    EXPECT_FALSE(calc.lines.hits(11));  // block without statements
    EXPECT_EQ(report.data.totals().lines, (CoverageCounts{8, 8}));
}

TEST(GoProfileReader, RequiresTheModeLineFirst) {
    EXPECT_EQ(error_of("a.go:1.1,2.2 1 1\n"),
              "cover.out:1: not a Go coverprofile: the first line must be 'mode: set|count|atomic'");
}

TEST(GoProfileReader, RejectsMalformedBlocks) {
    EXPECT_EQ(error_of("mode: set\na.go:1.1,2.2 1\n"),
              "cover.out:2: malformed block: expected 'file:line.col,line.col statements count'");
    EXPECT_EQ(error_of("mode: set\na.go:5.1,2.2 1 1\n"), "cover.out:2: malformed block: bad line range '5.1,2.2'");
}

TEST(GoProfileReader, KeepsColonsInPaths) {
    const auto report = read("mode: atomic\nC:/work/a.go:1.1,1.5 1 0\n");
    EXPECT_EQ(report.data.files.count("C:/work/a.go"), 1u);
}

}  // namespace
}  // namespace tollgate
