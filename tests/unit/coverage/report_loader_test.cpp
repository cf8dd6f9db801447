#include "runner/coverage/report_loader.hpp"

#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

std::string error_of(const std::filesystem::path& path, CoverageFormat format = CoverageFormat::auto_detect) {
    try {
        load_report(path, format);
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ExitCode::environment);
        return std::string(e.what()) + (e.hint().empty() ? "" : " | " + e.hint());
    }
    return "no error";
}

TEST(LoadReport, SaysAMissingReportIsMissingWithExitThree) {
    EXPECT_EQ(error_of("/nonexistent/cov.info"),
              "coverage report '/nonexistent/cov.info' does not exist | did the command that writes it run and succeed?");
}

TEST(LoadReport, RefusesADirectory) {
    test::TempDir dir;
    EXPECT_EQ(error_of(dir.path()), "coverage report '" + dir.path().string() + "' is a directory, not a file");
}

TEST(LoadReport, RefusesAnEmptyReport) {
    test::TempDir dir;
    const auto p = dir.write("cov.xml", "  \n");
    EXPECT_EQ(error_of(p), p.string() + ": coverage report is empty | did the command that writes it fail before writing?");
}

TEST(LoadReport, RefusesAFormatItCannotTellAndSaysHowToNameIt) {
    test::TempDir dir;
    const auto p = dir.write("cov.txt", "Name  Stmts  Miss  Cover\n");
    EXPECT_EQ(error_of(p), p.string() + ":1: cannot tell the coverage format from the first bytes ('Name  Stmts  Miss  Cover') | "
                           "name it with --format-in (lcov, cobertura, jacoco, gcovr-json, llvm-json, go)");
}

TEST(LoadReport, TrustsAnExplicitFormatOverTheContent) {
    test::TempDir dir;
    const auto p = dir.write("cov.info", "SF:a.c\nDA:1,1\nend_of_record\n");
    EXPECT_EQ(error_of(p, CoverageFormat::cobertura), p.string() + ":1:1: text outside the root element");
}

TEST(LoadReport, RefusesAReportWithoutAnyFile) {
    test::TempDir dir;
    const auto p = dir.write("cover.out", "mode: set\n");
    EXPECT_EQ(error_of(p), p.string() + ": coverage report holds no source file (go format)");
}

TEST(LoadReport, ReadsFromAPipe) {
    test::TempDir dir;
    const auto fifo = dir.path() / "fifo";
    ASSERT_EQ(std::system(("mkfifo " + fifo.string() + " && (printf 'SF:a.c\\nDA:1,1\\nend_of_record\\n' > " +
                           fifo.string() + " &)").c_str()),
              0);
    EXPECT_EQ(load_report(fifo, CoverageFormat::auto_detect).data.totals().lines, (CoverageCounts{1, 1}));
}

}  // namespace
}  // namespace tollgate
