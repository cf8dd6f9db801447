// End-to-end: the rules of SECURITY.md through the built binary — secrets
// kept from gates, includes and report directories kept inside the
// repository (`..`, absolute paths, committed symbolic links) unless
// --allow-outside-repo says otherwise.

#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::read_file;
using test::run_tollgate;
using test::shell_quote;
using test::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

namespace fs = std::filesystem;

// Runs tollgate with `env` prepended (NAME=value ...), as a CI runner would start it.
test::CommandResult run_with_env(const std::string& env, const std::string& args, const fs::path& cwd) {
    return test::sh("env " + env + " NO_COLOR=1 " + shell_quote(TOLLGATE_BINARY) + " " + args, cwd);
}

TEST(Secrets, GatesDoNotSeeTheRunnersTokensUnlessPassEnvNamesThem) {
    TempDir dir;
    dir.write("tollgate.yml",
              "version: 1\ngates:\n"
              "  - id: plain\n    run: env > plain.env\n"
              "  - id: deploy\n    run: env > deploy.env\n    pass-env: [DEPLOY_TOKEN]\n"
              "  - id: clean\n    run: env > clean.env\n    env-allow: [HOME, GITHUB_TOKEN]\n");
    const auto r = run_with_env(
        "GITHUB_TOKEN=ghs_secret ACTIONS_RUNTIME_TOKEN=rt ACTIONS_ID_TOKEN_REQUEST_TOKEN=oidc "
        "ACTIONS_ID_TOKEN_REQUEST_URL=https://x DEPLOY_TOKEN=dt AWS_SECRET_ACCESS_KEY=aws "
        "GITHUB_SHA=abc",
        "run", dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const std::string plain = read_file(dir.path() / "plain.env");
    for (const char* secret : {"ghs_secret", "ACTIONS_RUNTIME_TOKEN", "oidc", "ACTIONS_ID_TOKEN_REQUEST_URL",
                               "DEPLOY_TOKEN", "AWS_SECRET_ACCESS_KEY"}) {
        EXPECT_THAT(plain, Not(HasSubstr(secret))) << secret;
    }
    EXPECT_THAT(plain, HasSubstr("GITHUB_SHA=abc")) << "harmless variables are still inherited";
    const std::string deploy = read_file(dir.path() / "deploy.env");
    EXPECT_THAT(deploy, HasSubstr("DEPLOY_TOKEN=dt"));
    EXPECT_THAT(deploy, Not(HasSubstr("ghs_secret")));
    const std::string clean = read_file(dir.path() / "clean.env");
    EXPECT_THAT(clean, HasSubstr("GITHUB_TOKEN=ghs_secret")) << "env-allow names it explicitly";
    EXPECT_THAT(clean, Not(HasSubstr("GITHUB_SHA")));
}

TEST(Secrets, ValidateReportsABadPassEnvNameWithItsPosition) {
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\ngates:\n  - id: a\n    run: 'true'\n    pass-env: [\"A B\"]\n");
    const auto r = run_tollgate({"validate"}, dir.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err,
                HasSubstr("tollgate.yml:5:16: error: 'pass-env' entry 'A B' is not an environment variable name"));
}

// A repository whose inventory includes `include` and the file outside it.
struct OutsideFixture {
    TempDir outer;
    fs::path repo = outer.path() / "repo";

    explicit OutsideFixture(const std::string& include) {
        fs::create_directories(repo / ".git");  // enough to mark the repository root
        outer.write("shared.yml", "gates:\n  - id: outside\n    run: 'true'\n");
        outer.write("repo/tollgate.yml",
                    "version: 1\ninclude: [" + include + "]\ngates:\n  - id: a\n    run: 'true'\n");
    }
};

TEST(OutsideRepo, AnIncludeReachingOutWithDotDotIsRefusedAtItsPosition) {
    OutsideFixture f("'../shared.yml'");
    const auto r = run_tollgate({"validate"}, f.repo);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("tollgate.yml:2:11: error: include '../shared.yml' outside the repository"));
    EXPECT_THAT(r.err, HasSubstr("--allow-outside-repo"));
}

TEST(OutsideRepo, AnAbsoluteIncludeIsRefusedWithoutWalkingTheDisk) {
    OutsideFixture f("'/**/*.yml'");
    const auto r = run_tollgate({"run"}, f.repo);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("include '/**/*.yml' outside the repository"));
}

TEST(OutsideRepo, AnIncludeThroughACommittedSymbolicLinkIsRefused) {
    OutsideFixture f("'packets/*.yml'");
    fs::create_directories(f.repo / "packets");
    fs::create_symlink(f.outer.path() / "shared.yml", f.repo / "packets/shared.yml");
    const auto r = run_tollgate({"validate"}, f.repo);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("tollgate.yml:2:11: error: include 'packets/*.yml' reaches '"));
    EXPECT_THAT(r.err, HasSubstr("packets/shared.yml', which is outside the repository"));
}

TEST(OutsideRepo, AllowOutsideRepoLetsTheIncludeIn) {
    OutsideFixture f("'../shared.yml'");
    const auto r = run_tollgate({"--allow-outside-repo", "run", "outside"}, f.repo);
    EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(OutsideRepo, AReportDirTheCommandLineNamesOutsideTheRepositoryIsWritten) {
    // The command line is trusted: CI writes reports to $RUNNER_TEMP.
    OutsideFixture f("'*.yml'");
    f.outer.write("repo/tollgate.yml", "version: 1\ngates:\n  - id: a\n    run: 'true'\n");
    for (const std::string& dir : std::vector<std::string>{"../reports", (f.outer.path() / "abs").string()}) {
        const auto r = run_tollgate({"run", "--report-dir", dir}, f.repo);
        EXPECT_EQ(r.exit_code, 0) << dir << "\n" << r.err;
    }
    EXPECT_TRUE(fs::exists(f.outer.path() / "reports/results.json"));
    EXPECT_TRUE(fs::exists(f.outer.path() / "abs/results.json"));
}

TEST(OutsideRepo, EveryVerbWithAReportDirRefusesALinkInsideTheRepositoryLeadingOut) {
    OutsideFixture f("'*.yml'");
    f.outer.write("repo/tollgate.yml", "version: 1\ngates:\n  - id: a\n    run: touch ran\n");
    f.outer.write("repo/results.json", "{}");
    fs::create_directories(f.outer.path() / "victim");
    fs::create_directory_symlink(f.outer.path() / "victim", f.repo / "out");
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"run", "--report-dir", "out"},
             {"check", "--report-dir", "out"},
             {"zones", "--worktree", "--report-dir", "out/nested"},
             {"merge-results", "results.json", "--report-dir", (f.repo / "out").string()}}) {
        const auto r = run_tollgate(args, f.repo);
        EXPECT_EQ(r.exit_code, 2) << args[0] << "\n" << r.err;
        EXPECT_THAT(r.err, HasSubstr("resolves to")) << args[0] << "\n" << r.err;
        EXPECT_THAT(r.err, HasSubstr("outside the repository")) << args[0] << "\n" << r.err;
    }
    EXPECT_FALSE(fs::exists(f.repo / "ran")) << "refused before any gate starts";
    EXPECT_TRUE(fs::is_empty(f.outer.path() / "victim"));
}

TEST(OutsideRepo, AReportDirThatIsASymbolicLinkLeadingOutIsRefused) {
    OutsideFixture f("'*.yml'");
    f.outer.write("repo/tollgate.yml", "version: 1\ngates:\n  - id: a\n    run: 'true'\n");
    fs::create_directories(f.outer.path() / "victim");
    fs::create_directory_symlink(f.outer.path() / "victim", f.repo / "out");
    const auto r = run_tollgate({"run", "--report-dir", "out"}, f.repo);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("outside the repository"));
    EXPECT_FALSE(fs::exists(f.outer.path() / "victim/results.json"));
}

TEST(OutsideRepo, AllowOutsideRepoLetsAReportDirLinkLeadOut) {
    OutsideFixture f("'*.yml'");
    f.outer.write("repo/tollgate.yml", "version: 1\ngates:\n  - id: a\n    run: 'true'\n");
    fs::create_directories(f.outer.path() / "shared-reports");
    fs::create_directory_symlink(f.outer.path() / "shared-reports", f.repo / "out");
    const auto r = run_tollgate({"run", "--allow-outside-repo", "--report-dir", "out"}, f.repo);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(f.outer.path() / "shared-reports/results.json"));
}

}  // namespace
}  // namespace tollgate
