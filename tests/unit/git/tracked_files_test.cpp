#include "runner/git/tracked_files.hpp"

#include "runner/core/error.hpp"
#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using Paths = std::vector<std::string>;

TEST(ListTrackedFiles, ListsTheIndexLikeGitLsFiles) {
    test::GitRepo repo;
    repo.write("b/x.txt", "1\n");
    repo.write("a.txt", "1\n");
    repo.commit_all("base");
    repo.write("staged.txt", "1\n");
    repo.git("add staged.txt");
    repo.write("untracked.txt", "1\n");
    const auto files = list_tracked_files(Repository::discover(repo.path()));
    EXPECT_EQ(files, (Paths{"a.txt", "b/x.txt", "staged.txt"}));
    std::string listed;
    for (const auto& f : files) listed += f + "\n";
    EXPECT_EQ(listed, repo.git("ls-files"));
}

TEST(ListTrackedFiles, ListsAConflictedPathOnce) {
    test::GitRepo repo;
    repo.write("c.txt", "base\n");
    repo.commit_all("base");
    repo.git("checkout -q -b other");
    repo.write("c.txt", "other\n");
    repo.commit_all("other");
    repo.git("checkout -q main");
    repo.write("c.txt", "main\n");
    repo.commit_all("main");
    test::sh(repo.env_prefix() + " git merge -q other", repo.path());  // conflicts, exit 1
    EXPECT_EQ(list_tracked_files(Repository::discover(repo.path())), (Paths{"c.txt"}));
}

TEST(ListTrackedFiles, ListsHeadsTreeInABareRepository) {
    test::GitRepo repo;
    repo.write("d/e.txt", "1\n");
    repo.write("f.txt", "1\n");
    repo.commit_all("base");
    test::TempDir dir;
    const auto bare = dir.path() / "bare.git";
    ASSERT_EQ(test::sh(repo.env_prefix() + " git clone -q --bare " + test::shell_quote(repo.path().string()) + " " +
                       test::shell_quote(bare.string()))
                  .exit_code,
              0);
    EXPECT_EQ(list_tracked_files(Repository::discover(bare)), (Paths{"d/e.txt", "f.txt"}));
}

TEST(RepositoryDiscover, RefusesADirectoryOutsideAnyRepository) {
    test::TempDir dir;
    EXPECT_FALSE(Repository::try_discover(dir.path()).has_value());
    EXPECT_THROW(Repository::discover(dir.path()), EnvironmentError);
}

}  // namespace
}  // namespace tollgate
