#include "runner/coverage/report_loader.hpp"

#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <random>

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
    EXPECT_EQ(
        error_of("/nonexistent/cov.info"),
        "coverage report '/nonexistent/cov.info' does not exist | did the command that writes it run and succeed?");
}

TEST(LoadReport, RefusesADirectory) {
    test::TempDir dir;
    EXPECT_EQ(error_of(dir.path()), "coverage report '" + dir.path().string() + "' is a directory, not a file");
}

TEST(LoadReport, RefusesAnEmptyReport) {
    test::TempDir dir;
    const auto p = dir.write("cov.xml", "  \n");
    EXPECT_EQ(error_of(p),
              p.string() + ": coverage report is empty | did the command that writes it fail before writing?");
}

TEST(LoadReport, RefusesAFormatItCannotTellAndSaysHowToNameIt) {
    test::TempDir dir;
    const auto p = dir.write("cov.txt", "Name  Stmts  Miss  Cover\n");
    EXPECT_EQ(error_of(p),
              p.string() +
                  ":1: cannot tell the coverage format from the first bytes ('Name  Stmts  Miss  Cover') | "
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
                           fifo.string() + " &)")
                              .c_str()),
              0);
    EXPECT_EQ(load_report(fifo, CoverageFormat::auto_detect).data.totals().lines, (CoverageCounts{1, 1}));
}

// Every reader must either read a damaged report or reject it with an
// Error; never crash, hang, or throw anything else.
void expect_no_crash(const std::string& text, CoverageFormat format, const std::string& what) {
    try {
        parse_report(ReportInput{text, "f", {}}, format);
    } catch (const Error&) {
    } catch (const std::exception& e) {
        ADD_FAILURE() << what << ": " << e.what();
    }
}

std::vector<std::pair<std::string, CoverageFormat>> samples() {
    const auto dir = test::source_dir() / "tests/fixtures/coverage";
    return {
        {test::read_file(dir / "lcov_merge_sections.info"), CoverageFormat::lcov},
        {test::read_file(dir / "lcov2_functions.info"), CoverageFormat::lcov},
        {test::read_file(dir / "cobertura_coverage_py.xml"), CoverageFormat::cobertura},
        {test::read_file(dir / "jacoco_small.xml"), CoverageFormat::jacoco},
        {test::read_file(dir / "go_cover.out"), CoverageFormat::go},
        {R"({"files": [{"file": "a.c", "functions": [{"name": "f", "lineno": 1, "execution_count": 2}],
            "lines": [{"line_number": 1, "count": 2, "gcovr/noncode": false, "branches": [{"count": 1}]}]}],
            "gcovr/format_version": "0.2"})",
         CoverageFormat::gcovr_json},
        {R"({"data":[{"files":[{"filename":"a.c","branches":[[1,2,1,5,1,0,0,0,4]],
            "segments":[[1,1,3,true,true,false],[2,1,0,false,false,false]]}],
            "functions":[{"name":"f","count":3,"filenames":["a.c"],"regions":[[1,1,2,1,3,0,0,0]]}]}],
            "type":"llvm.coverage.json.export","version":"2.0.1"})",
         CoverageFormat::llvm_json},
    };
}

TEST(ParseReport, SurvivesEveryTruncationOfEachFormat) {
    for (const auto& [text, format] : samples()) {
        for (std::size_t n = 0; n <= text.size(); ++n) {
            expect_no_crash(text.substr(0, n), format, to_string(format) + " cut at " + std::to_string(n));
            expect_no_crash(text.substr(0, n), CoverageFormat::auto_detect, "auto cut at " + std::to_string(n));
        }
    }
}

TEST(ParseReport, SurvivesRandomByteDamage) {
    std::mt19937 rng(20250120);
    constexpr char k_nasty[] = "<>\"',:\n-9\0{}[]/=&;e.";
    const std::string nasty(k_nasty, sizeof k_nasty - 1);  // keeps the NUL
    for (const auto& [text, format] : samples()) {
        for (int round = 0; round < 1500; ++round) {
            std::string damaged = text;
            for (int k = 0; k < 3; ++k) {
                damaged[rng() % damaged.size()] = nasty[rng() % nasty.size()];
            }
            expect_no_crash(damaged, format, to_string(format) + " damaged");
        }
    }
}

}  // namespace
}  // namespace tollgate
