// `tollgate plan`'s argument handling (runner/cli/verb_plan.cpp), in process.
#include "tests/support/cli_run.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using test::run_cli_in_process;
using ::testing::HasSubstr;

constexpr const char* k_inventory =
    "version: 1\nproject: Plan args\nstart: 2025-01-20\n"
    "packets:\n  - id: base-work\n    effort: 1d\n  - id: next-work\n    effort: 2d\n    after: [base-work]\n"
    "gates:\n  - id: unit\n    run: 'true'\n";

TEST(PlanArguments, RefusesAnUnknownFormatListingExactlyPlansFormats) {
    const auto r = run_cli_in_empty_dir({"plan", "--format", "html"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: unknown plan format 'html'\n"
              "tollgate: hint: valid formats: text, json, dot, mermaid, github-matrix, ctest\n");
}

TEST(PlanArguments, RefusesAnUnknownEstimateNamingTheThreeValid) {
    const auto r = run_cli_in_empty_dir({"plan", "--estimate", "bogus"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: unknown estimate 'bogus'\ntollgate: hint: valid estimates: low, mid, high\n");
}

TEST(PlanArguments, RefusesZeroLanes) {
    const auto r = run_cli_in_empty_dir({"plan", "--lanes", "0"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --lanes must be at least 1, not 0\n");
}

TEST(PlanArguments, RefusesShardsWithoutTheGithubMatrixFormat) {
    const auto r = run_cli_in_empty_dir({"plan", "--shards", "2"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --shards is for --format github-matrix\n");
}

TEST(PlanArguments, RefusesAPrefixWithoutTheCtestFormat) {
    const auto r = run_cli_in_empty_dir({"plan", "--format", "json", "--prefix", "self"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --prefix is for --format ctest\n");
}

TEST(PlanArguments, RefusesTheGithubMatrixFormatWithoutShards) {
    const auto r = run_cli_in_empty_dir({"plan", "--format", "github-matrix"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: --format github-matrix needs --shards N\n"
              "tollgate: hint: e.g. tollgate plan --format github-matrix --shards 4\n");
}

TEST(PlanArguments, RefusesZeroShards) {
    const auto r = run_cli_in_empty_dir({"plan", "--format", "github-matrix", "--shards", "0"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --shards must be at least 1, not 0\n");
}

TEST(PlanArguments, RefusesANonNumericLaneCountThroughTheParser) {
    const auto r = run_cli_in_empty_dir({"plan", "--lanes", "many"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("--lanes"));
    EXPECT_THAT(r.err, HasSubstr("tollgate: hint: see 'tollgate --help'\n"));
}

TEST(PlanArguments, ReadsTheInventoryOnlyOnceTheFlagsAreValid) {
    const auto r = run_cli_in_empty_dir({"plan", "--format", "github-matrix", "--shards", "2"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("no tollgate.yml or .tollgate.yml found in"));
}

TEST(PlanArguments, PrintsAGithubMatrixOfTheShardsForAValidInventory) {
    const test::TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto r =
        run_cli_in_process({"-C", dir.path().string(), "plan", "--format", "github-matrix", "--shards", "2"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(
        r.out,
        "{\"include\":[{\"index\":1,\"shard\":\"1/2\",\"total\":2},{\"index\":2,\"shard\":\"2/2\",\"total\":2}]}\n");
}

TEST(PlanArguments, PlansATinyInventoryAsJsonOnHighEstimatesAndOneLane) {
    const test::TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto r = run_cli_in_process(
        {"-C", dir.path().string(), "plan", "--format", "json", "--estimate", "high", "--lanes", "1"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("\"waves\""));
    EXPECT_THAT(r.out, HasSubstr("next-work"));
    EXPECT_EQ(r.err, "");
}

TEST(PlanArguments, HelpExitsZeroAndNamesEveryFormat) {
    const auto r = run_cli_in_empty_dir({"plan", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, json, dot, mermaid, github-matrix, ctest"));
}

}  // namespace
}  // namespace tollgate
