#include "runner/git/base_resolver.hpp"

#include "runner/core/error.hpp"
#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

// main: c1 - c2 - c3; packet/a forks at c2 and adds one commit.
struct Forked {
    test::GitRepo repo;
    std::string fork;
    std::string main_tip;
    std::string branch_tip;
    Forked() {
        repo.write("a", "1\n");
        repo.commit_all("c1");
        repo.write("a", "2\n");
        fork = repo.commit_all("c2");
        repo.write("a", "3\n");
        main_tip = repo.commit_all("c3");
        repo.git("checkout -q -b packet/a " + fork);
        repo.write("b", "1\n");
        branch_tip = repo.commit_all("packet work");
    }
};

ResolvedRange resolve(const std::filesystem::path& dir, RangeRequest request) {
    return resolve_range(Repository::discover(dir), request);
}

RangeRequest with_base_branch(const std::string& name) {
    RangeRequest r;
    r.default_base_branch = name;
    return r;
}

TEST(ResolveRange, DefaultsToTheMergeBaseWithTheInventoryBaseBranch) {
    Forked f;
    const auto range = resolve(f.repo.path(), with_base_branch("main"));
    EXPECT_EQ(range.base_ref, "main");
    EXPECT_EQ(range.base_commit, f.fork);
    EXPECT_EQ(range.head_ref, "HEAD");
    EXPECT_EQ(range.head_commit, f.branch_tip);
    EXPECT_EQ(range.head_branch, "packet/a");
}

TEST(ResolveRange, UsesTheMergeBaseForAnExplicitBaseToo) {
    Forked f;
    RangeRequest request;
    request.base = "main";
    EXPECT_EQ(resolve(f.repo.path(), request).base_commit, f.fork);
    request.base = f.fork;
    EXPECT_EQ(resolve(f.repo.path(), request).base_commit, f.fork);
}

TEST(ResolveRange, FallsBackToTheRemoteTrackingBranch) {
    Forked f;
    f.repo.git("update-ref refs/remotes/origin/trunk " + f.main_tip);
    const auto range = resolve(f.repo.path(), with_base_branch("trunk"));
    EXPECT_EQ(range.base_ref, "origin/trunk");
    EXPECT_EQ(range.base_commit, f.fork);
}

TEST(ResolveRange, FollowsOriginHeadWhenTheInventoryNamesNoBase) {
    Forked f;
    f.repo.git("branch -m main trunk");
    f.repo.git("update-ref refs/remotes/origin/trunk " + f.main_tip);
    f.repo.git("symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/trunk");
    EXPECT_EQ(resolve(f.repo.path(), {}).base_ref, "trunk");
}

TEST(ResolveRange, NamesTheMissingBaseBranchAndWhatToDo) {
    Forked f;
    try {
        resolve(f.repo.path(), with_base_branch("develop"));
        FAIL() << "expected an error";
    } catch (const EnvironmentError& e) {
        EXPECT_NE(std::string(e.what()).find("base branch 'develop' not found"), std::string::npos);
        EXPECT_NE(e.hint().find("git fetch origin develop"), std::string::npos);
    }
}

TEST(ResolveRange, RejectsAnUnknownRefAsAnEnvironmentError) {
    Forked f;
    RangeRequest request;
    request.base = "no-such-branch";
    EXPECT_THROW(resolve(f.repo.path(), request), EnvironmentError);
}

TEST(ResolveRange, RejectsMalformedRefsAsUsageErrors) {
    Forked f;
    for (const std::string bad : {"x;rm -rf /", "a..b..", "main\nHEAD"}) {
        RangeRequest request = with_base_branch("main");
        request.head = bad;
        EXPECT_THROW(resolve(f.repo.path(), request), UsageError) << bad;
    }
}

TEST(ResolveRange, RefusesAnUnbornHead) {
    test::GitRepo repo;
    try {
        resolve(repo.path(), with_base_branch("main"));
        FAIL() << "expected an error";
    } catch (const EnvironmentError& e) {
        EXPECT_NE(std::string(e.what()).find("no commits yet"), std::string::npos);
    }
}

TEST(ResolveRange, HasNoBranchOnADetachedHead) {
    Forked f;
    f.repo.git("checkout -q --detach HEAD");
    const auto range = resolve(f.repo.path(), with_base_branch("main"));
    EXPECT_EQ(range.head_branch, "");
    EXPECT_EQ(range.base_commit, f.fork);
}

TEST(ResolveRange, NamesTheBranchOfAnExplicitRemoteHead) {
    Forked f;
    f.repo.git("update-ref refs/remotes/origin/packet/b " + f.branch_tip);
    RangeRequest request = with_base_branch("main");
    request.head = "origin/packet/b";
    EXPECT_EQ(resolve(f.repo.path(), request).head_branch, "packet/b");
}

TEST(ResolveRange, WorksFromALinkedWorktree) {
    Forked f;
    test::TempDir dir;
    const auto wt = dir.path() / "wt";
    f.repo.git("worktree add -q -b packet/wt " + test::shell_quote(wt.string()) + " " + f.fork);
    const auto range = resolve(wt, with_base_branch("main"));
    EXPECT_EQ(range.head_branch, "packet/wt");
    EXPECT_EQ(range.base_commit, f.fork);
}

TEST(ResolveRange, WorksInABareRepository) {
    Forked f;
    test::TempDir dir;
    const auto bare = dir.path() / "bare.git";
    ASSERT_EQ(test::sh(f.repo.env_prefix() + " git clone -q --bare " + test::shell_quote(f.repo.path().string()) + " " +
                       test::shell_quote(bare.string()))
                  .exit_code,
              0);
    RangeRequest request = with_base_branch("main");
    request.head = "packet/a";
    const auto range = resolve(bare, request);
    EXPECT_EQ(range.base_commit, f.fork);
}

// --depth 1 cuts the history at the tips: the fork point is not there.
TEST(ResolveRange, RefusesAShallowCloneWithoutTheMergeBaseAndSaysHowToFix) {
    Forked f;
    test::TempDir dir;
    const auto clone = dir.path() / "shallow";
    ASSERT_EQ(test::sh(f.repo.env_prefix() + " git clone -q --depth 1 --no-single-branch file://" +
                       test::shell_quote(f.repo.path().string()) + " " + test::shell_quote(clone.string()))
                  .exit_code,
              0);
    RangeRequest request = with_base_branch("main");
    request.head = "origin/packet/a";
    try {
        resolve(clone, request);
        FAIL() << "expected an error";
    } catch (const EnvironmentError& e) {
        EXPECT_NE(std::string(e.what()).find("shallow"), std::string::npos);
        EXPECT_NE(e.hint().find("fetch-depth: 0"), std::string::npos);
        EXPECT_NE(e.hint().find("git fetch --deepen"), std::string::npos);
    }
}

TEST(ResolveRange, FindsAMergeBaseInsideTheShallowHistory) {
    Forked f;
    test::TempDir dir;
    const auto clone = dir.path() / "shallow";
    ASSERT_EQ(test::sh(f.repo.env_prefix() + " git clone -q --depth 3 --no-single-branch file://" +
                       test::shell_quote(f.repo.path().string()) + " " + test::shell_quote(clone.string()))
                  .exit_code,
              0);
    RangeRequest request = with_base_branch("main");
    request.head = "origin/packet/a";
    EXPECT_EQ(resolve(clone, request).base_commit, f.fork);
}

// GitHub's pull_request checkout: a merge commit of base tip and PR head,
// fetched with depth 2, and no base branch ref at all.
TEST(ResolveRange, UsesThePullRequestMergeCommitsFirstParentInGitHubActions) {
    Forked f;
    f.repo.git("checkout -q -b pr-merge " + f.main_tip);
    f.repo.git("merge -q --no-edit --no-ff packet/a");
    const auto merge = trimmed(f.repo.git("rev-parse HEAD"));
    test::TempDir dir;
    const auto clone = dir.path() / "pr";
    ASSERT_EQ(test::sh(f.repo.env_prefix() + " git init -q " + test::shell_quote(clone.string()) + " && cd " +
                       test::shell_quote(clone.string()) + " && " + f.repo.env_prefix() +
                       " git fetch -q --depth 2 file://" + test::shell_quote(f.repo.path().string()) + " pr-merge && " +
                       f.repo.env_prefix() + " git checkout -q --detach FETCH_HEAD")
                  .exit_code,
              0);

    RangeRequest request = with_base_branch("main");
    EXPECT_THROW(resolve(clone, request), EnvironmentError);  // outside Actions: no guessing
    request.github_actions = true;
    request.detached_branch = "packet/a";
    const auto range = resolve(clone, request);
    EXPECT_EQ(range.base_commit, f.main_tip);
    EXPECT_EQ(range.head_commit, merge);
    EXPECT_EQ(range.head_branch, "packet/a");
    ASSERT_EQ(range.notes.size(), 2u);
    EXPECT_NE(range.notes[1].find("first parent"), std::string::npos);
}

TEST(ResolveBaseBranch, ReturnsTheTipOfTheConfiguredBranch) {
    Forked f;
    const auto base = resolve_base_branch(Repository::discover(f.repo.path()), "", "main");
    EXPECT_EQ(base.ref, "main");
    EXPECT_EQ(base.commit, f.main_tip);
}

}  // namespace
}  // namespace tollgate
