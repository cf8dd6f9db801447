// `tollgate merge-results`'s argument handling (runner/cli/verb_merge_results.cpp), in process.
#include "tests/support/cli_run.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using ::testing::HasSubstr;

TEST(MergeResultsArguments, RefusesAnUnknownFormatListingExactlyItsFour) {
    const auto r = run_cli_in_empty_dir({"merge-results", "--format", "html", "a.json"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: unknown merge-results format 'html'\n"
              "tollgate: hint: valid formats: text, json, md, junit\n");
}

TEST(MergeResultsArguments, RefusesToMergeNoFilesWithAnExample) {
    const auto r = run_cli_in_empty_dir({"merge-results"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: merge-results needs the shards' results.json files\n"
              "tollgate: hint: e.g. tollgate merge-results shard-*/results.json --report-dir merged\n");
}

TEST(MergeResultsArguments, ChecksTheFormatBeforeNoticingThereAreNoFiles) {
    const auto r = run_cli_in_empty_dir({"merge-results", "--format", "sarif"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("unknown merge-results format 'sarif'"));
}

TEST(MergeResultsArguments, ReportsAMissingShardFileAsAnEnvironmentError) {
    const auto r = run_cli_in_empty_dir({"merge-results", "missing.json"});
    EXPECT_EQ(r.code, 3);
    EXPECT_THAT(r.err, HasSubstr("missing.json"));
}

TEST(MergeResultsArguments, HelpExitsZeroAndNamesEveryFormat) {
    const auto r = run_cli_in_empty_dir({"merge-results", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, json, md, junit"));
}

}  // namespace
}  // namespace tollgate
