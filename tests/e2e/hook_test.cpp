// End-to-end: `tollgate hook install|uninstall` and the installed pre-push
// hook, pushing to a real bare remote.
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <sys/stat.h>

namespace tollgate {
namespace {

namespace fs = std::filesystem;
using test::GitRepo;
using test::read_file;
using test::run_tollgate;
using test::sh;
using test::shell_quote;
using test::TempDir;

constexpr const char* k_inventory = R"(version: 1
project: Hooks
base: main
packets:
  - id: foundation
    branches: ["packet/foundation"]
  - id: finance-ui
    branches: ["packet/finance-ui"]
zones:
  - name: Migrations
    paths: ["db/"]
    owner: foundation
    rule: exclusive
)";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool executable(const fs::path& p) { return ::access(p.c_str(), X_OK) == 0; }

class Hooks : public ::testing::Test {
protected:
    void SetUp() override {
        m_repo.write("tollgate.yml", k_inventory);
        m_repo.write("db/001.sql", "create table t;\n");
        m_base = m_repo.commit_all("base");
        sh("git init -q --bare " + shell_quote(m_remote.path().string()));
        m_repo.git("remote add origin " + shell_quote(m_remote.path().string()));
        m_repo.git("push -q origin main");
        // A stand-in for tollgate that records how the hook called it.
        m_fake = m_tools.write("fake-tollgate", "#!/bin/sh\necho \"$*\" >> " +
                                                    shell_quote((m_tools.path() / "calls").string()) +
                                                    "\nexit ${FAKE_EXIT:-0}\n");
        ::chmod(m_fake.c_str(), 0755);
    }
    fs::path hooks() const { return m_repo.path() / ".git/hooks"; }
    test::CommandResult tollgate(const std::vector<std::string>& args) const {
        return run_tollgate(args, m_repo.path());
    }
    // git push with extra environment; returns the push's result.
    test::CommandResult push(const std::string& args, const std::string& env = "") const {
        return sh(m_repo.env_prefix() + " " + env + " git push " + args + " 2>&1", m_repo.path());
    }
    std::string calls() const {
        const auto p = m_tools.path() / "calls";
        return fs::exists(p) ? read_file(p) : "";
    }
    std::string fake_env(int exit_code = 0) const {
        return "TOLLGATE=" + shell_quote(m_fake.string()) + " FAKE_EXIT=" + std::to_string(exit_code);
    }

    GitRepo m_repo;
    TempDir m_remote;
    TempDir m_tools;
    fs::path m_fake;
    std::string m_base;
};

TEST_F(Hooks, InstallWritesAnExecutablePrePushHookThatCallsThisTollgate) {
    const auto r = tollgate({"hook", "install"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_TRUE(executable(hooks() / "pre-push"));
    const auto text = read_file(hooks() / "pre-push");
    EXPECT_TRUE(contains(text, "# tollgate-hook: pre-push")) << text;
    EXPECT_TRUE(contains(text, std::string("TOLLGATE=\"${TOLLGATE:-'") + TOLLGATE_BINARY + "'}\"")) << text;
    EXPECT_EQ(tollgate({"hook", "install"}).exit_code, 0);  // again: harmless
    EXPECT_FALSE(fs::exists(hooks() / "pre-push.tollgate-chained"));
}

TEST_F(Hooks, InstallsAlsoPreMergeCommitWhenAsked) {
    ASSERT_EQ(tollgate({"hook", "install", "--hook", "pre-push", "--hook", "pre-merge-commit"}).exit_code, 0);
    EXPECT_TRUE(executable(hooks() / "pre-merge-commit"));
    EXPECT_TRUE(contains(read_file(hooks() / "pre-merge-commit"), "check --staged"));
    const auto bad = tollgate({"hook", "install", "--hook", "post-commit"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_TRUE(contains(bad.err, "unknown hook 'post-commit'")) << bad.err;
}

TEST_F(Hooks, RespectsCoreHooksPath) {
    fs::create_directories(m_repo.path() / "tools/hooks");
    m_repo.git("config core.hooksPath tools/hooks");
    const auto r = tollgate({"hook", "install"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(executable(m_repo.path() / "tools/hooks/pre-push"));
    EXPECT_FALSE(fs::exists(hooks() / "pre-push"));
    EXPECT_TRUE(contains(r.out, "core.hooksPath")) << r.out;
}

TEST_F(Hooks, ACoreHooksPathThatDoesNotExistIsAClearError) {
    m_repo.git("config core.hooksPath no/such/dir");
    const auto r = tollgate({"hook", "install"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_TRUE(contains(r.err, "core.hooksPath is '" + (m_repo.path() / "no/such/dir").string() +
                                    "', which does not exist"))
        << r.err;
    EXPECT_TRUE(contains(r.err, "mkdir -p")) << r.err;
}

TEST_F(Hooks, AnExistingHookIsChainedAndRestoredOnUninstall) {
    const std::string mine = "#!/bin/sh\necho mine >&2\n";
    m_repo.write(".git/hooks/pre-push", mine);
    ::chmod((hooks() / "pre-push").c_str(), 0755);
    const auto r = tollgate({"hook", "install"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "kept the existing hook")) << r.out;
    EXPECT_EQ(read_file(hooks() / "pre-push.tollgate-chained"), mine);
    const auto u = tollgate({"hook", "uninstall"});
    ASSERT_EQ(u.exit_code, 0) << u.err;
    EXPECT_EQ(read_file(hooks() / "pre-push"), mine);
    EXPECT_TRUE(executable(hooks() / "pre-push"));
    EXPECT_FALSE(fs::exists(hooks() / "pre-push.tollgate-chained"));
}

TEST_F(Hooks, ASymlinkedHookIsRefusedAndLeftAsItIs) {
    const auto target = m_tools.write("shared-hook", "#!/bin/sh\n");
    fs::create_symlink(target, hooks() / "pre-push");
    const auto r = tollgate({"hook", "install"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_TRUE(contains(r.err, "is a symlink (to '" + target.string() + "')")) << r.err;
    EXPECT_TRUE(fs::is_symlink(hooks() / "pre-push"));
    EXPECT_EQ(read_file(target), "#!/bin/sh\n");
}

TEST_F(Hooks, UninstallLeavesForeignHooksAloneAndIsQuietWithoutOne) {
    const auto none = tollgate({"hook", "uninstall"});
    EXPECT_EQ(none.exit_code, 0) << none.err;
    EXPECT_TRUE(contains(none.out, "nothing to do")) << none.out;
    m_repo.write(".git/hooks/pre-push", "#!/bin/sh\n");
    const auto r = tollgate({"hook", "uninstall"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, "was not installed by tollgate; left alone")) << r.err;
    EXPECT_TRUE(fs::exists(hooks() / "pre-push"));
}

TEST_F(Hooks, PrePushChecksNewBranchesAgainstTheMergeBaseAndUpdatesAgainstTheRemote) {
    ASSERT_EQ(tollgate({"hook", "install"}).exit_code, 0);
    m_repo.git("checkout -q -b packet/finance-ui");
    m_repo.write("ui.txt", "1\n");
    const auto first = m_repo.commit_all("ui 1");
    auto r = push("-q origin packet/finance-ui", fake_env());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(calls(), "check --head " + first + "\n");
    m_repo.write("ui.txt", "2\n");
    const auto second = m_repo.commit_all("ui 2");
    r = push("-q origin packet/finance-ui", fake_env());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(calls(), "check --head " + first + "\ncheck --base " + first + " --head " + second + "\n");
    r = push("-q origin --delete packet/finance-ui", fake_env());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(calls(), "check --head " + first + "\ncheck --base " + first + " --head " + second + "\n");
}

TEST_F(Hooks, ARejectedPushNamesTheReasonAndTheEscapeHatch) {
    ASSERT_EQ(tollgate({"hook", "install"}).exit_code, 0);
    m_repo.write("x.txt", "x\n");
    m_repo.commit_all("x");
    const auto r = push("-q origin main", fake_env(1));
    EXPECT_NE(r.exit_code, 0);
    EXPECT_TRUE(contains(r.out, "tollgate: push of refs/heads/main rejected: a gate or a blocking rule failed")) << r.out;
    EXPECT_TRUE(contains(r.out, "TOLLGATE_SKIP=1 git push")) << r.out;
    const auto skipped = push("-q origin main", fake_env(1) + " TOLLGATE_SKIP=1");
    EXPECT_EQ(skipped.exit_code, 0) << skipped.out;
    EXPECT_TRUE(contains(skipped.out, "TOLLGATE_SKIP=1: pre-push checks skipped")) << skipped.out;
}

TEST_F(Hooks, TheChainedHookRunsFirstWithGitsInputAndCanStopThePush) {
    m_repo.write(".git/hooks/pre-push", "#!/bin/sh\necho \"chained $1\" >&2\ncat > " +
                                            shell_quote((m_tools.path() / "stdin").string()) + "\nexit ${CHAINED_EXIT:-0}\n");
    ::chmod((hooks() / "pre-push").c_str(), 0755);
    ASSERT_EQ(tollgate({"hook", "install"}).exit_code, 0);
    m_repo.write("x.txt", "x\n");
    const auto head = m_repo.commit_all("x");
    auto r = push("origin main", fake_env());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_TRUE(contains(r.out, "chained origin")) << r.out;
    EXPECT_EQ(read_file(m_tools.path() / "stdin"), "refs/heads/main " + head + " refs/heads/main " + m_base + "\n");
    EXPECT_EQ(calls(), "check --base " + m_base + " --head " + head + "\n");
    m_repo.write("y.txt", "y\n");
    m_repo.commit_all("y");
    r = push("origin main", fake_env() + " CHAINED_EXIT=1");
    EXPECT_NE(r.exit_code, 0);
    EXPECT_EQ(calls(), "check --base " + m_base + " --head " + head + "\n");  // tollgate not reached
}

// With the real `tollgate check`: a violating push is refused, a clean one accepted.
TEST_F(Hooks, RealCheckRefusesAViolatingPushAndAcceptsACleanOne) {
    const auto help = tollgate({"check", "--help"});
    if (contains(help.out + help.err, "not implemented")) {
        GTEST_SKIP() << "PENDING: `tollgate check` is not on this branch yet (being built on wt/check); "
                        "this test runs once it is merged";
    }
    m_repo.write(".git/hooks/pre-push", "#!/bin/sh\necho 'existing hook ran' >&2\n");
    ::chmod((hooks() / "pre-push").c_str(), 0755);
    ASSERT_EQ(tollgate({"hook", "install"}).exit_code, 0);
    m_repo.git("checkout -q -b packet/finance-ui");
    m_repo.write("db/002.sql", "alter;\n");
    m_repo.commit_all("violation");
    const auto refused = push("origin packet/finance-ui");
    EXPECT_NE(refused.exit_code, 0) << refused.out;
    EXPECT_TRUE(contains(refused.out, "existing hook ran")) << refused.out;
    EXPECT_TRUE(contains(refused.out, "rejected: a gate or a blocking rule failed")) << refused.out;
    m_repo.git("checkout -q main");
    m_repo.git("checkout -q -b packet/foundation");
    m_repo.write("db/003.sql", "alter;\n");
    m_repo.commit_all("owner's change");
    const auto accepted = push("origin packet/foundation");
    EXPECT_EQ(accepted.exit_code, 0) << accepted.out;
    EXPECT_TRUE(contains(accepted.out, "existing hook ran")) << accepted.out;
}

}  // namespace
}  // namespace tollgate
