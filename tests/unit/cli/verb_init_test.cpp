// `tollgate init`'s argument handling (runner/cli/verb_init.cpp), in process.
#include "tests/support/cli_run.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using ::testing::HasSubstr;

TEST(InitArguments, PrintsAStarterOutsideARepositoryWithMainAsAGuessedBase) {
    const auto r = run_cli_in_empty_dir({"init", "--stdout"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("version: 1\n"));
    EXPECT_THAT(r.out, HasSubstr("base: main  # guessed: not a git repository"));
    EXPECT_EQ(r.err, "");
}

TEST(InitArguments, RefusesAnUnknownFlag) {
    const auto r = run_cli_in_empty_dir({"init", "--overwrite"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("--overwrite"));
}

TEST(InitArguments, HelpNamesWhereEachPartComesFrom) {
    const auto r = run_cli_in_empty_dir({"init", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("--force"));
    EXPECT_THAT(r.out, HasSubstr("--stdout"));
    EXPECT_THAT(r.out, HasSubstr(".github/CODEOWNERS"));
    EXPECT_THAT(r.out, HasSubstr("origin/HEAD"));
}

TEST(InitArguments, RefusesAPlanThatDoesNotExist) {
    const auto r = run_cli_in_empty_dir({"init", "--from", "NOPE.md", "--stdout"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("plan 'NOPE.md' not found"));
}

TEST(InitArguments, RefusesReportWithoutAPlan) {
    const auto r = run_cli_in_empty_dir({"init", "--report", "--stdout"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("--report needs --from PLAN.md"));
}

TEST(InitArguments, HelpTeachesDraftingFromAPlan) {
    const auto r = run_cli_in_empty_dir({"init", "--help"});
    EXPECT_THAT(r.out, HasSubstr("--from"));
    EXPECT_THAT(r.out, HasSubstr("--report"));
    EXPECT_THAT(r.out, HasSubstr("creates, others extend"));
}

}  // namespace
}  // namespace tollgate
