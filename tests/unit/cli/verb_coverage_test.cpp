// `tollgate coverage`'s argument handling (runner/cli/verb_coverage.cpp), in process.
#include "tests/support/cli_run.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using test::run_cli_in_process;
using ::testing::HasSubstr;

TEST(CoverageArguments, NeedsAtLeastOneReport) {
    const auto r = run_cli_in_empty_dir({"coverage"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: reports is required\ntollgate: hint: see 'tollgate --help'\n");
}

TEST(CoverageArguments, RefusesAnUnknownFormatListingExactlyTextAndJson) {
    const auto r = run_cli_in_empty_dir({"coverage", "lcov.info", "--format", "md"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: unknown coverage format 'md'\ntollgate: hint: valid formats: text, json\n");
}

TEST(CoverageArguments, RefusesAnUnknownReportFormatListingTheKnownOnes) {
    const auto r = run_cli_in_empty_dir({"coverage", "lcov.info", "--format-in", "clover"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: --format-in: unknown coverage format 'clover'\n"
              "tollgate: hint: use auto, lcov, cobertura, jacoco, gcovr-json, llvm-json or go\n");
}

TEST(CoverageArguments, RefusesEachThresholdOverOneHundred) {
    for (const char* flag : {"--min", "--branch-min", "--patch-min"}) {
        const auto r = run_cli_in_empty_dir({"coverage", "lcov.info", flag, "100.5", "--base", "main"});
        EXPECT_EQ(r.code, 2) << flag;
        EXPECT_EQ(r.err, std::string("tollgate: error: ") + flag + ": '100.5' is not a percentage between 0 and 100\n");
    }
}

TEST(CoverageArguments, RefusesAThresholdThatIsNoNumber) {
    const auto r = run_cli_in_empty_dir({"coverage", "lcov.info", "--min", "most"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --min: 'most' is not a percentage between 0 and 100\n");
}

TEST(CoverageArguments, RefusesAPathMapWithoutAnEqualsSign) {
    const auto r = run_cli_in_empty_dir({"coverage", "lcov.info", "--path-map", "/build/src"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --path-map: '/build/src' is not FROM=TO\n");
}

TEST(CoverageArguments, RefusesAPatchMinimumWithoutAChange) {
    const auto r = run_cli_in_empty_dir({"coverage", "lcov.info", "--patch-min", "80"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: --patch-min needs the change to measure\n"
              "tollgate: hint: give --base REF (and --head REF)\n");
}

TEST(CoverageArguments, AsksForARepositoryOnlyOnceTheFlagsAreValid) {
    const auto r = run_cli_in_empty_dir({"coverage", "lcov.info", "--patch-min", "80", "--base", "main"});
    EXPECT_EQ(r.code, 3);
    EXPECT_THAT(r.err, HasSubstr("--base/--head need a git repository, and there is none here"));
}

TEST(CoverageArguments, JudgesATinyLcovReportOutsideARepositoryAsJson) {
    const test::TempDir dir;
    dir.write("src/a.c", "int a;\n");
    dir.write("lcov.info", "TN:\nSF:" + (dir.path() / "src/a.c").string() + "\nDA:1,1\nDA:2,0\nend_of_record\n");
    const auto r = run_cli_in_process(
        {"-C", dir.path().string(), "coverage", "lcov.info", "--format-in", "lcov", "--min", "50", "--format", "json"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("\"verdict\": \"pass\""));
    EXPECT_THAT(r.out, HasSubstr("\"percent\": 50.0"));
}

TEST(CoverageArguments, HelpExitsZeroAndNamesItsFormats) {
    const auto r = run_cli_in_empty_dir({"coverage", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, json"));
    EXPECT_THAT(r.out, HasSubstr("auto, lcov, cobertura, jacoco, gcovr-json, llvm-json, go"));
}

}  // namespace
}  // namespace tollgate
