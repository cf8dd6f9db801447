// `tollgate run`'s argument handling (runner/cli/verb_run.cpp), in process.
#include "tests/support/cli_run.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using test::run_cli_in_process;
using ::testing::HasSubstr;

TEST(RunArguments, RefusesAnUnknownFormatListingExactlyTextAndJson) {
    const auto r = run_cli_in_empty_dir({"run", "--format", "junit"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: unknown run format 'junit'\ntollgate: hint: valid formats: text, json\n");
}

TEST(RunArguments, RefusesZeroJobs) {
    const auto r = run_cli_in_empty_dir({"run", "-j", "0"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: -j must be at least 1, not 0\n");
}

TEST(RunArguments, RefusesATimeoutGraceThatIsNoDuration) {
    const auto r = run_cli_in_empty_dir({"run", "--timeout-grace", "bogus"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: invalid --timeout-grace 'bogus'\n"
              "tollgate: hint: write a duration such as 5s, 500ms or 1m\n");
}

TEST(RunArguments, RefusesASkipExitCodeOutsideOneTo255) {
    for (const char* code : {"0", "300"}) {
        const auto r = run_cli_in_empty_dir({"run", "--skip-exit-code", code});
        EXPECT_EQ(r.code, 2) << code;
        EXPECT_EQ(r.err, std::string("tollgate: error: --skip-exit-code must be 1-255, not ") + code + "\n");
    }
}

TEST(RunArguments, RefusesAShardOutsideItsCount) {
    for (const char* shard : {"5/4", "0/4", "2", "a/b"}) {
        const auto r = run_cli_in_empty_dir({"run", "--shard", shard});
        EXPECT_EQ(r.code, 2) << shard;
        EXPECT_EQ(r.err, std::string("tollgate: error: invalid shard '") + shard +
                             "'\ntollgate: hint: write --shard K/N with 1 <= K <= N, e.g. --shard 2/4\n");
    }
}

TEST(RunArguments, RefusesDurationsWithoutAShard) {
    const auto r = run_cli_in_empty_dir({"run", "--durations", "last/results.json"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --durations only balances --shard\ntollgate: hint: add --shard K/N\n");
}

TEST(RunArguments, ReadsTheInventoryOnlyOnceTheFlagsAreValid) {
    const auto r = run_cli_in_empty_dir({"run", "-j", "2", "--shard", "1/2", "--timeout-grace", "500ms",
                                         "--skip-exit-code", "77", "-L", "fast", "-LE", "db", "--dry-run"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("no tollgate.yml or .tollgate.yml found in"));
}

TEST(RunArguments, PrintsTheDryRunPlanOfATinyInventoryAsJson) {
    const test::TempDir dir;
    dir.write("tollgate.yml",
              "version: 1\nproject: Run args\ngates:\n  - id: lint\n    run: 'true'\n"
              "  - id: unit\n    run: 'true'\n    needs: [lint]\n");
    const auto r =
        run_cli_in_process({"-C", dir.path().string(), "run", "unit", "--dry-run", "--format", "json", "-j", "3"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("\"lint\""));
    EXPECT_THAT(r.out, HasSubstr("\"unit\""));
}

TEST(RunArguments, HelpExitsZeroAndNamesBothFormats) {
    const auto r = run_cli_in_empty_dir({"run", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, json (text is ctest-style, json is results.json)"));
}

}  // namespace
}  // namespace tollgate
