// `tollgate hook`'s argument handling (runner/cli/verb_hook.cpp), in process.
#include "tests/support/cli_run.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using ::testing::HasSubstr;

TEST(HookArguments, NeedsInstallOrUninstall) {
    const auto r = run_cli_in_empty_dir({"hook"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: A subcommand is required\ntollgate: hint: see 'tollgate --help'\n");
}

TEST(HookArguments, RefusesAnUnknownHookBeforeLookingForTheRepository) {
    // The empty directory is no repository: a lookup would exit 3.
    for (const char* verb : {"install", "uninstall"}) {
        const auto r = run_cli_in_empty_dir({"hook", verb, "--hook", "post-commit"});
        EXPECT_EQ(r.code, 2) << verb;
        EXPECT_EQ(r.err,
                  "tollgate: error: unknown hook 'post-commit'\n"
                  "tollgate: hint: tollgate installs pre-push and pre-merge-commit\n")
            << verb;
    }
}

TEST(HookArguments, LooksForTheRepositoryOnceTheHooksAreKnown) {
    const auto r = run_cli_in_empty_dir({"hook", "install", "--hook", "pre-push", "--hook", "pre-merge-commit"});
    EXPECT_EQ(r.code, 3) << r.err;
}

TEST(HookArguments, HelpExitsZeroAndNamesBothHooks) {
    for (const char* verb : {"install", "uninstall"}) {
        const auto r = run_cli_in_empty_dir({"hook", verb, "--help"});
        EXPECT_EQ(r.code, 0) << verb;
        EXPECT_THAT(r.out, HasSubstr("pre-push (default) or pre-merge-commit")) << verb;
    }
}

}  // namespace
}  // namespace tollgate
