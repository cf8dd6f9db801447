#include "runner/core/path_guard.hpp"

#include "runner/core/error.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace tollgate {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

TEST(ContainmentRoot, IsTheEnclosingRepositoryRoot) {
    TempDir dir;
    fs::create_directories(dir.path() / "repo/.git");
    fs::create_directories(dir.path() / "repo/sub/deeper");
    EXPECT_EQ(containment_root(dir.path() / "repo/sub/deeper"), fs::canonical(dir.path() / "repo"));
}

TEST(ContainmentRoot, IsTheDirectoryItselfOutsideARepository) {
    TempDir dir;
    fs::create_directories(dir.path() / "plain");
    EXPECT_EQ(containment_root(dir.path() / "plain"), fs::canonical(dir.path() / "plain"));
}

TEST(IsWithin, AcceptsPathsBelowTheRootIncludingOnesNotYetCreated) {
    TempDir dir;
    const fs::path root = containment_root(dir.path());
    EXPECT_TRUE(is_within(dir.path(), root));
    EXPECT_TRUE(is_within(dir.path() / "out/nested", root));
    EXPECT_TRUE(is_within(dir.path() / "a/../b", root));
}

TEST(IsWithin, RefusesDotDotAndAbsolutePathsLeadingOut) {
    TempDir dir;
    fs::create_directories(dir.path() / "repo");
    const fs::path root = containment_root(dir.path() / "repo");
    EXPECT_FALSE(is_within(dir.path() / "repo/../elsewhere", root));
    EXPECT_FALSE(is_within("/etc", root));
    EXPECT_FALSE(is_within(dir.path() / "repo-sibling", root)) << "a shared prefix is not containment";
}

TEST(IsWithin, RefusesASymbolicLinkLeadingOut) {
    TempDir dir;
    fs::create_directories(dir.path() / "repo");
    fs::create_directories(dir.path() / "secret");
    fs::create_directory_symlink(dir.path() / "secret", dir.path() / "repo/out");
    const fs::path root = containment_root(dir.path() / "repo");
    EXPECT_FALSE(is_within(dir.path() / "repo/out", root));
    EXPECT_FALSE(is_within(dir.path() / "repo/out/not-yet/results.json", root));
}

TEST(IsWithin, AgreesWithFullResolutionOnTwoThousandSeededPathsThroughLinksAndDotDots) {
    // The oracle is std::filesystem's own resolution (weakly_canonical) of
    // each path; is_within skips it for paths plainly below the root, and
    // must give the same answer for every spelling, links and `..` included.
    TempDir dir;
    fs::create_directories(dir.path() / "repo/.git");
    fs::create_directories(dir.path() / "repo/a/b");
    fs::create_directories(dir.path() / "outside");
    dir.write("repo/a/f.yml", "x");
    dir.write("outside/g.yml", "x");
    fs::create_directory_symlink("a", dir.path() / "repo/link_in");
    fs::create_directory_symlink("../outside", dir.path() / "repo/link_out");
    fs::create_directory_symlink("../../outside", dir.path() / "repo/a/link_up");
    fs::create_symlink("nowhere", dir.path() / "repo/dangling");
    fs::create_symlink("a/f.yml", dir.path() / "repo/link_file");
    const fs::path root = containment_root(dir.path() / "repo");
    const std::vector<std::string> parts = {"a",        "b",         "f.yml", "link_in", "link_out", "link_up",
                                            "dangling", "link_file", ".",     "..",      "new",      "g.yml"};
    std::mt19937 random(20261205);
    int inside = 0;
    for (int i = 0; i < 2000; ++i) {
        fs::path path = random() % 5 == 0 ? fs::canonical(dir.path() / "outside") : root;
        const int depth = 1 + static_cast<int>(random() % 5);
        for (int d = 0; d < depth; ++d) path /= parts[random() % parts.size()];
        const fs::path rel = fs::weakly_canonical(path).lexically_relative(root);
        const bool oracle = !rel.empty() && *rel.begin() != "..";
        inside += oracle ? 1 : 0;
        EXPECT_EQ(is_within(path, root), oracle) << path;
    }
    EXPECT_GT(inside, 200);
    EXPECT_LT(inside, 1800);
}

TEST(IsSpelledWithin, JudgesWhereAPathIsWrittenNotWhereItsLinksLead) {
    TempDir dir;
    fs::create_directories(dir.path() / "repo");
    fs::create_directories(dir.path() / "secret");
    fs::create_directory_symlink(dir.path() / "secret", dir.path() / "repo/out");
    const fs::path root = containment_root(dir.path() / "repo");
    EXPECT_TRUE(is_spelled_within(root / "out", root)) << "a link inside is written inside";
    EXPECT_TRUE(is_spelled_within(root / "a/../b", root));
    EXPECT_FALSE(is_spelled_within(root / "../reports", root));
    EXPECT_FALSE(is_spelled_within("/tmp/runner-temp", root));
    EXPECT_FALSE(is_spelled_within(root.string() + "-sibling", root)) << "a shared prefix is not containment";
}

TEST(RequireWithin, NamesTheFlagWhereItLeadsAndTheWayOut) {
    TempDir dir;
    fs::create_directories(dir.path() / "repo");
    const fs::path root = containment_root(dir.path() / "repo");
    try {
        require_within("/etc/x", root, "--report-dir");
        FAIL() << "no error";
    } catch (const UsageError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("--report-dir '/etc/x' resolves to '/etc/x', outside the repository"), std::string::npos)
            << what;
        EXPECT_NE(e.hint().find("--allow-outside-repo"), std::string::npos);
    }
}

}  // namespace
}  // namespace tollgate
