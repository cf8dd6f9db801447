#include "runner/git/commit_files.hpp"

#include "runner/core/error.hpp"
#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(CommitFiles, ReadsFilesAsTheCommitHasThemNotAsTheWorkTreeDoes) {
    test::GitRepo repo;
    repo.write("tollgate.yml", "version: 1\n");
    repo.write("packets/a.yml", "packets: []\n");
    const auto base = repo.commit_all("plan");
    repo.write("tollgate.yml", "version: 2\n");
    repo.write("packets/b.yml", "new\n");
    const auto repository = Repository::discover(repo.path());
    const CommitFiles files(repository, base);
    EXPECT_EQ(files.commit(), base);
    EXPECT_EQ(files.read("tollgate.yml"), std::optional<std::string>("version: 1\n"));
    EXPECT_EQ(files.size("tollgate.yml"), std::optional<std::uintmax_t>(11));
    EXPECT_EQ(files.read("packets/b.yml"), std::nullopt);
    EXPECT_EQ(files.read("packets"), std::nullopt);  // a tree, not a file
    EXPECT_EQ(files.paths(), (std::vector<std::string>{"packets/a.yml", "tollgate.yml"}));
}

TEST(CommitFiles, AnUnknownCommitIsAnEnvironmentError) {
    test::GitRepo repo;
    repo.write("f", "1\n");
    repo.commit_all("one");
    const auto repository = Repository::discover(repo.path());
    EXPECT_THROW(CommitFiles(repository, "0123456789012345678901234567890123456789"), EnvironmentError);
}

}  // namespace
}  // namespace tollgate
