// End-to-end: `tollgate hook install|uninstall` and the installed pre-push
// hook, pushing to a real bare remote.
#include "tests/support/git_repo.hpp"
#include "tests/support/inventory_text.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <sys/stat.h>

namespace tollgate {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;
using test::GitRepo;
using test::read_file;
using test::run_tollgate;
using test::sh;
using test::shell_quote;
using test::TempDir;

std::string inventory() {
    return test::migrations_inventory("Hooks").str();
}

bool executable(const fs::path& p) {
    return ::access(p.c_str(), X_OK) == 0;
}

class Hooks : public ::testing::Test {
protected:
    void SetUp() override {
        m_repo.write("tollgate.yml", inventory());
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
    EXPECT_THAT(text, HasSubstr("# tollgate-hook: pre-push"));
    EXPECT_THAT(text, HasSubstr(std::string("[ -n \"$TOLLGATE\" ] || TOLLGATE='") + TOLLGATE_BINARY + "'\n"));
    // The installed hook finds this tollgate without $TOLLGATE or PATH.
    const auto r2 =
        sh("env -u TOLLGATE PATH=/usr/bin:/bin sh -c '. ./.git/hooks/pre-push </dev/null' 2>&1; true", m_repo.path());
    EXPECT_THAT(r2.out, Not(HasSubstr("cannot run")));
    EXPECT_EQ(tollgate({"hook", "install"}).exit_code, 0);  // again: harmless
    EXPECT_FALSE(fs::exists(hooks() / "pre-push.tollgate-chained"));
}

TEST_F(Hooks, InstallsAlsoPreMergeCommitWhenAsked) {
    ASSERT_EQ(tollgate({"hook", "install", "--hook", "pre-push", "--hook", "pre-merge-commit"}).exit_code, 0);
    EXPECT_TRUE(executable(hooks() / "pre-merge-commit"));
    EXPECT_THAT(read_file(hooks() / "pre-merge-commit"), HasSubstr("check --staged"));
    const auto bad = tollgate({"hook", "install", "--hook", "post-commit"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_THAT(bad.err, HasSubstr("unknown hook 'post-commit'"));
}

TEST_F(Hooks, RespectsCoreHooksPath) {
    fs::create_directories(m_repo.path() / "tools/hooks");
    m_repo.git("config core.hooksPath tools/hooks");
    const auto r = tollgate({"hook", "install"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(executable(m_repo.path() / "tools/hooks/pre-push"));
    EXPECT_FALSE(fs::exists(hooks() / "pre-push"));
    EXPECT_THAT(r.out, HasSubstr("core.hooksPath"));
}

TEST_F(Hooks, ACoreHooksPathThatDoesNotExistIsAClearError) {
    m_repo.git("config core.hooksPath no/such/dir");
    const auto r = tollgate({"hook", "install"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_THAT(
        r.err, HasSubstr("core.hooksPath is '" + (m_repo.path() / "no/such/dir").string() + "', which does not exist"));
    EXPECT_THAT(r.err, HasSubstr("mkdir -p"));
}

TEST_F(Hooks, AnExistingHookIsChainedAndRestoredOnUninstall) {
    const std::string mine = "#!/bin/sh\necho mine >&2\n";
    m_repo.write(".git/hooks/pre-push", mine);
    ::chmod((hooks() / "pre-push").c_str(), 0755);
    const auto r = tollgate({"hook", "install"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("kept the existing hook"));
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
    EXPECT_THAT(r.err, HasSubstr("is a symlink (to '" + target.string() + "')"));
    EXPECT_TRUE(fs::is_symlink(hooks() / "pre-push"));
    EXPECT_EQ(read_file(target), "#!/bin/sh\n");
}

TEST_F(Hooks, UninstallLeavesForeignHooksAloneAndIsQuietWithoutOne) {
    const auto none = tollgate({"hook", "uninstall"});
    EXPECT_EQ(none.exit_code, 0) << none.err;
    EXPECT_THAT(none.out, HasSubstr("nothing to do"));
    m_repo.write(".git/hooks/pre-push", "#!/bin/sh\n");
    const auto r = tollgate({"hook", "uninstall"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("was not installed by tollgate; left alone"));
    EXPECT_TRUE(fs::exists(hooks() / "pre-push"));
}

TEST_F(Hooks, PrePushChecksNewBranchesAgainstTheMergeBaseAndUpdatesAgainstTheRemote) {
    ASSERT_EQ(tollgate({"hook", "install"}).exit_code, 0);
    m_repo.git("checkout -q -b packet/finance-ui");
    m_repo.write("ui.txt", "1\n");
    const auto first = m_repo.commit_all("ui 1");
    auto r = push("-q origin packet/finance-ui", fake_env());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    const std::string ref = "refs/heads/packet/finance-ui";
    EXPECT_EQ(calls(), "check --head " + ref + "\n");
    m_repo.write("ui.txt", "2\n");
    const auto second = m_repo.commit_all("ui 2");
    r = push("-q origin packet/finance-ui", fake_env());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(calls(), "check --head " + ref + "\ncheck --base " + first + " --head " + ref + "\n");
    r = push("-q origin --delete packet/finance-ui", fake_env());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(calls(), "check --head " + ref + "\ncheck --base " + first + " --head " + ref + "\n");
    // A commit that is not a branch tip goes by its sha.
    r = push("-q origin " + first + ":refs/heads/pinned", fake_env());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_NE(calls().find("check --head " + first + "\n"), std::string::npos) << calls();
}

TEST_F(Hooks, ARejectedPushNamesTheReasonAndTheEscapeHatch) {
    ASSERT_EQ(tollgate({"hook", "install"}).exit_code, 0);
    m_repo.write("x.txt", "x\n");
    m_repo.commit_all("x");
    const auto r = push("-q origin main", fake_env(1));
    EXPECT_NE(r.exit_code, 0);
    EXPECT_THAT(r.out, HasSubstr("tollgate: push of refs/heads/main rejected: a gate or a blocking rule failed"));
    EXPECT_THAT(r.out, HasSubstr("TOLLGATE_SKIP=1 git push"));
    const auto skipped = push("-q origin main", fake_env(1) + " TOLLGATE_SKIP=1");
    EXPECT_EQ(skipped.exit_code, 0) << skipped.out;
    EXPECT_THAT(skipped.out, HasSubstr("TOLLGATE_SKIP=1: pre-push checks skipped"));
}

TEST_F(Hooks, TheChainedHookRunsFirstWithGitsInputAndCanStopThePush) {
    m_repo.write(".git/hooks/pre-push", "#!/bin/sh\necho \"chained $1\" >&2\ncat > " +
                                            shell_quote((m_tools.path() / "stdin").string()) +
                                            "\nexit ${CHAINED_EXIT:-0}\n");
    ::chmod((hooks() / "pre-push").c_str(), 0755);
    ASSERT_EQ(tollgate({"hook", "install"}).exit_code, 0);
    m_repo.write("x.txt", "x\n");
    const auto head = m_repo.commit_all("x");
    auto r = push("origin main", fake_env());
    ASSERT_EQ(r.exit_code, 0) << r.out;
    EXPECT_THAT(r.out, HasSubstr("chained origin"));
    EXPECT_EQ(read_file(m_tools.path() / "stdin"), "refs/heads/main " + head + " refs/heads/main " + m_base + "\n");
    EXPECT_EQ(calls(), "check --base " + m_base + " --head refs/heads/main\n");
    m_repo.write("y.txt", "y\n");
    m_repo.commit_all("y");
    r = push("origin main", fake_env() + " CHAINED_EXIT=1");
    EXPECT_NE(r.exit_code, 0);
    EXPECT_EQ(calls(), "check --base " + m_base + " --head refs/heads/main\n");  // tollgate not reached
}

// With the real `tollgate check`: a violating push is refused, a clean one accepted.
TEST_F(Hooks, RealCheckRefusesAViolatingPushAndAcceptsACleanOne) {
    const auto help = tollgate({"check", "--help"});
    if (::testing::Value(help.out + help.err, HasSubstr("not implemented"))) {
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
    EXPECT_THAT(refused.out, HasSubstr("existing hook ran"));
    EXPECT_THAT(refused.out, HasSubstr("rejected: a gate or a blocking rule failed"));
    m_repo.git("checkout -q main");
    m_repo.git("checkout -q -b packet/foundation");
    m_repo.write("db/003.sql", "alter;\n");
    m_repo.commit_all("owner's change");
    const auto accepted = push("origin packet/foundation");
    EXPECT_EQ(accepted.exit_code, 0) << accepted.out;
    EXPECT_THAT(accepted.out, HasSubstr("existing hook ran"));
}

}  // namespace
}  // namespace tollgate
