// `tollgate ready`'s argument handling (runner/cli/verb_ready.cpp), in process.
#include "tests/support/cli_run.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using ::testing::HasSubstr;

TEST(ReadyArguments, RefusesAnUnknownFormatListingExactlyTextJsonAndMd) {
    const auto r = run_cli_in_empty_dir({"ready", "--format", "html"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: unknown ready format 'html'\ntollgate: hint: valid formats: text, json, md\n");
}

TEST(ReadyArguments, ReadsTheInventoryOnlyOnceTheFlagsAreValid) {
    const auto r = run_cli_in_empty_dir({"ready", "--format", "json", "--include-started", "--base", "main"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("no tollgate.yml or .tollgate.yml found in"));
}

TEST(ReadyArguments, HelpExitsZeroAndTeachesTheRulesAndTheOrder) {
    const auto r = run_cli_in_empty_dir({"ready", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, json, md"));
    EXPECT_THAT(r.out, HasSubstr("critical\npath first"));
    EXPECT_THAT(r.out, HasSubstr("--include-started"));
}

TEST(ReadyArguments, RefusesMergeWithIncludeStartedBeforeReadingAnything) {
    const auto r = run_cli_in_empty_dir({"ready", "--merge", "--include-started"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("--merge lists branches to merge"));
}

TEST(ReadyArguments, MergeReadsTheInventoryOnlyOnceTheFlagsAreValid) {
    const auto r = run_cli_in_empty_dir({"ready", "--merge", "--format", "md", "--base", "main"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("no tollgate.yml or .tollgate.yml found in"));
}

TEST(ReadyArguments, HelpTeachesMergeItsVerdictAndItsOrder) {
    const auto r = run_cli_in_empty_dir({"ready", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("--merge"));
    EXPECT_THAT(r.out, HasSubstr("tollgate check --dry-run"));
    EXPECT_THAT(r.out, HasSubstr("conflict with no other"));
}

}  // namespace
}  // namespace tollgate
