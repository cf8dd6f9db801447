// `tollgate check`'s argument handling (runner/cli/verb_check.cpp), in process.
#include "tests/support/cli_run.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using ::testing::HasSubstr;

TEST(CheckArguments, RefusesAnUnknownFormatListingExactlyItsSix) {
    const auto r = run_cli_in_empty_dir({"check", "--format", "html"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: unknown check format 'html'\n"
              "tollgate: hint: valid formats: text, json, md, github, sarif, codequality\n");
}

TEST(CheckArguments, RefusesAnUnknownTrustedInventory) {
    const auto r = run_cli_in_empty_dir({"check", "--trusted-inventory", "bogus"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: unknown --trusted-inventory 'bogus'\n"
              "tollgate: hint: base (read it from the base commit) or worktree (the default)\n");
}

TEST(CheckArguments, RefusesZeroJobs) {
    const auto r = run_cli_in_empty_dir({"check", "-j", "0"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: -j must be at least 1, not 0\n");
}

TEST(CheckArguments, RefusesStagedTogetherWithWorktree) {
    const auto r = run_cli_in_empty_dir({"check", "--staged", "--worktree"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --staged and --worktree exclude each other\n");
}

TEST(CheckArguments, RefusesARangeWithStagedOrWorktree) {
    const auto staged = run_cli_in_empty_dir({"check", "--staged", "--head", "topic"});
    EXPECT_EQ(staged.code, 2);
    EXPECT_EQ(staged.err, "tollgate: error: --staged compares with HEAD; drop --base/--head\n");
    const auto worktree = run_cli_in_empty_dir({"check", "--worktree", "--base", "main"});
    EXPECT_EQ(worktree.code, 2);
    EXPECT_EQ(worktree.err, "tollgate: error: --worktree compares with HEAD; drop --base/--head\n");
}

TEST(CheckArguments, RefusesForceWithoutACheckpoint) {
    const auto r = run_cli_in_empty_dir({"check", "--force"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: --force evaluates a checkpoint early; name it with --checkpoint\n"
              "tollgate: hint: e.g. tollgate check --checkpoint cp-3 --force\n");
}

TEST(CheckArguments, RefusesATimeoutGraceThatIsNoDuration) {
    const auto r = run_cli_in_empty_dir({"check", "--timeout-grace", "bogus"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: invalid --timeout-grace 'bogus'\n"
              "tollgate: hint: write a duration such as 5s, 500ms or 1m\n");
}

TEST(CheckArguments, RefusesATodayThatIsNoDate) {
    const auto r = run_cli_in_empty_dir({"check", "--today", "not-a-date"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --today 'not-a-date' is not a date\ntollgate: hint: write it as YYYY-MM-DD\n");
}

TEST(CheckArguments, RefusesToRecordADryRunBeforeLookingForTheInventory) {
    const auto r = run_cli_in_empty_dir({"check", "--record", "--dry-run"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: --record stores a check's result; --dry-run has none\n"
              "tollgate: hint: drop one of them\n");
}

TEST(CheckArguments, LooksForTheInventoryOnlyOnceTheFlagsAreValid) {
    const auto r = run_cli_in_empty_dir({"check", "--format", "json", "-j", "2", "--today", "2025-02-01",
                                         "--checkpoint", "cp-1", "--force", "--timeout-grace", "1m", "--dry-run"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("no tollgate.yml or .tollgate.yml found in"));
}

TEST(CheckArguments, HelpExitsZeroAndNamesEveryFormat) {
    const auto r = run_cli_in_empty_dir({"check", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, json, md, github, sarif, codequality"));
}

}  // namespace
}  // namespace tollgate
