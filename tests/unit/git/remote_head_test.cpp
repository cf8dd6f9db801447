#include "runner/git/remote_head.hpp"

#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(RemoteHeadBranch, NamesTheBranchOriginHeadPointsAt) {
    test::GitRepo repo;
    repo.write("a", "1\n");
    const auto first = repo.commit_all("first");
    repo.git("update-ref refs/remotes/origin/trunk " + first);
    repo.git("symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/trunk");
    EXPECT_EQ(remote_head_branch(Repository::discover(repo.path())), "trunk");
}

TEST(RemoteHeadBranch, IsEmptyWithoutOriginHead) {
    test::GitRepo repo;
    repo.write("a", "1\n");
    repo.commit_all("first");
    EXPECT_EQ(remote_head_branch(Repository::discover(repo.path())), "");
}

}  // namespace
}  // namespace tollgate
