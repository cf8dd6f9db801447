// run_cli (runner/cli/app.hpp), in process.
#include "tests/support/cli_run.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

namespace tollgate {
namespace {

using test::run_cli_in_process;

TEST(RunCli, PrintsTheVersionAndExitsZero) {
    const auto r = run_cli_in_process({"--version"});
    EXPECT_EQ(r.code, 0);
    // Line one stays "tollgate VERSION" for scripts that read it; then the
    // commit and the libgit2 it loads, for bug reports.
    const std::string first = std::string("tollgate ") + TOLLGATE_VERSION + "\n";
    EXPECT_EQ(r.out.substr(0, first.size()), first) << r.out;
    EXPECT_TRUE(std::regex_search(r.out, std::regex("\ncommit: ([0-9a-f]{40}|unknown)\n"))) << r.out;
    EXPECT_TRUE(
        std::regex_search(r.out, std::regex("\nlibgit2: [0-9]+\\.[0-9]+\\.[0-9]+ \\(libgit2\\.so\\.[0-9.]+\\)\n$")))
        << r.out;
}

TEST(RunCli, HelpListsEveryVerbOfTheDesignAndTheExitCodes) {
    const auto r = run_cli_in_process({"--help"});
    EXPECT_EQ(r.code, 0);
    for (const char* verb : {"validate", "plan", "zones", "check", "run", "coverage", "conflicts", "report", "hook",
                             "merge-results", "ready", "brief", "start", "init"})
        EXPECT_NE(r.out.find(verb), std::string::npos) << verb;
    EXPECT_NE(r.out.find("130 interrupted"), std::string::npos);
}

TEST(RunCli, VerbHelpNamesAFlagWithADefaultValueWithoutCli11sBraces) {
    for (const char* verb : {"check", "run", "report"}) {
        const auto r = run_cli_in_process({verb, "--help"});
        EXPECT_EQ(r.code, 0) << verb;
        EXPECT_NE(r.out.find("  --notify "), std::string::npos) << r.out;
        EXPECT_EQ(r.out.find("{send}"), std::string::npos) << r.out;
    }
}

TEST(RunCli, NamesAnUnknownVerbAndSuggestsTheClosestOne) {
    const auto r = run_cli_in_process({"valdate"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: unknown verb 'valdate' (did you mean 'validate'?)\n"
              "tollgate: hint: see 'tollgate --help'\n");
}

TEST(RunCli, PrintsUserTextInAnyErrorWithItsControlCharactersMadeVisible) {
    // verb_run quotes --timeout-grace as given; print_error escapes it.
    const auto r = run_cli_in_process({"run", "--timeout-grace", "5s\x1b[2J\nforged line"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("invalid --timeout-grace '5s\\x1B[2J\\nforged line'"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 2) << r.err;  // the error and its hint
}

TEST(RunCli, ListsTheVerbsWhenNoneIsGiven) {
    const auto r = run_cli_in_process({});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("no verb given; choose one of: validate, plan"), std::string::npos);
}

TEST(RunCli, RejectsAnUnknownColourModeAsUsageError) {
    const auto r = run_cli_in_process({"--color", "sometimes", "validate"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("--color: sometimes not in {auto,always,never}"), std::string::npos);
}

TEST(RunCli, ReportsAMissingDirectoryForDashCAsEnvironmentError) {
    const auto r = run_cli_in_process({"-C", "/nonexistent/tollgate-dir", "validate"});
    EXPECT_EQ(r.code, 3);
    EXPECT_NE(r.err.find("cannot change to directory '/nonexistent/tollgate-dir'"), std::string::npos);
}

}  // namespace
}  // namespace tollgate
