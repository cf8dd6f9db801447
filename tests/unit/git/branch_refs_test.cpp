#include "runner/git/branch_refs.hpp"

#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(ListBranches, KeepsOneRefPerNameAndPrefersTheLocalBranch) {
    test::GitRepo repo;
    repo.write("a", "1\n");
    const auto first = repo.commit_all("first");
    repo.write("a", "2\n");
    const auto second = repo.commit_all("second");
    repo.git("branch packet/a " + first);
    repo.git("update-ref refs/remotes/origin/packet/a " + second);
    repo.git("update-ref refs/remotes/origin/packet/b " + second);
    repo.git("update-ref refs/remotes/upstream/packet/b " + first);
    repo.git("symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/packet/b");
    repo.git("tag v1 " + first);

    const auto branches = list_branches(Repository::discover(repo.path()));
    ASSERT_EQ(branches.size(), 3u);
    EXPECT_EQ(branches[0].name, "main");
    EXPECT_EQ(branches[1].name, "packet/a");
    EXPECT_FALSE(branches[1].remote);
    EXPECT_EQ(branches[1].commit, first);
    EXPECT_EQ(branches[2].name, "packet/b");
    EXPECT_EQ(branches[2].display, "origin/packet/b");
    EXPECT_EQ(branches[2].ref, "refs/remotes/origin/packet/b");
    EXPECT_EQ(branches[2].commit, second);
}

TEST(ListBranchRefs, ListsEveryLocalAndRemoteRefSortedByFullName) {
    test::GitRepo repo;
    repo.write("a", "1\n");
    const auto first = repo.commit_all("first");
    repo.git("branch packet/a " + first);
    repo.git("update-ref refs/remotes/origin/packet/a " + first);
    repo.git("update-ref refs/remotes/upstream/packet/a " + first);
    repo.git("symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/packet/a");
    repo.git("tag v1 " + first);

    std::vector<std::string> refs;
    for (const auto& b : list_branch_refs(Repository::discover(repo.path()))) refs.push_back(b.ref);
    EXPECT_EQ(refs, (std::vector<std::string>{"refs/heads/main", "refs/heads/packet/a", "refs/remotes/origin/packet/a",
                                              "refs/remotes/upstream/packet/a"}));
}

}  // namespace
}  // namespace tollgate
