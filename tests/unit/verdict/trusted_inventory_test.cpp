#include "runner/verdict/trusted_inventory.hpp"

#include "runner/core/error.hpp"
#include "runner/git/commit_files.hpp"
#include "runner/inventory/include_expander.hpp"
#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(TrustedIncludes, ACommitsTreeAndTheWorkTreeGiveTheSameFilesHiddenFoldersIncluded) {
    test::GitRepo repo;
    for (const char* f : {"tollgate.yml", "packets/a.yml", "packets/.hidden.yml", "packets/deep/b.yml",
                          ".tollgate/c.yml", ".tollgate/deeper/d.yml", "other/e.yaml", "other/.f/g.yml"})
        repo.write(f, "x: 1\n");
    const auto commit = repo.commit_all("files");
    const auto repository = Repository::discover(repo.path());
    const CommitFiles files(repository, commit);
    const auto from_commit = file_list_listing(files.paths());
    const auto from_work_tree = work_tree_listing(repo.path());
    for (const std::string glob : {"packets/*.yml", "**/*.yml", "**", "**/d.yml", ".tollgate/*.yml", ".*/**/*.yml",
                                   "*/*.yml", "other/**", "./packets//a.yml", "packets/.*.yml"}) {
        EXPECT_EQ(expand_include_glob(glob, from_commit), expand_include_glob(glob, from_work_tree)) << glob;
    }
    using Paths = std::vector<std::filesystem::path>;
    EXPECT_EQ(expand_include_glob("**/*.yml", from_commit),
              (Paths{".tollgate/c.yml", ".tollgate/deeper/d.yml", "other/.f/g.yml", "packets/a.yml",
                     "packets/deep/b.yml", "tollgate.yml"}));
}

TEST(LoadTrustedInventory, ADoubleStarIncludeReachesHiddenFoldersAsInTheWorkTree) {
    test::GitRepo repo;
    repo.write("tollgate.yml", "version: 1\ninclude: ['**/packets.yml']\ngates: [{id: strict, run: 'true'}]\n");
    repo.write(".plan/packets.yml", "packets: [{id: a, gates: [strict]}]\n");
    const auto base = repo.commit_all("plan");
    const auto repository = Repository::discover(repo.path());
    const Inventory inv = load_trusted_inventory(repository, base, repo.path() / "tollgate.yml");
    ASSERT_EQ(inv.packets.size(), 1u);
    EXPECT_EQ(inv.packets[0].id, "a");
}

TEST(LoadTrustedInventory, ReadsTheInventoryAndItsIncludesAsTheCommitHasThem) {
    test::GitRepo repo;
    repo.write("tollgate.yml", "version: 1\ninclude: [packets/*.yml]\ngates: [{id: strict, run: 'true'}]\n");
    repo.write("packets/a.yml", "packets: [{id: a, gates: [strict]}]\n");
    const auto base = repo.commit_all("plan");
    // The work tree weakens the plan: the trusted load must not see it.
    repo.write("tollgate.yml", "version: 1\ninclude: [packets/*.yml]\ngates: [{id: lax, run: 'true'}]\n");
    repo.write("packets/a.yml", "packets: [{id: a, gates: [lax]}]\n");
    repo.write("packets/b.yml", "packets: [{id: b}]\n");
    const auto repository = Repository::discover(repo.path());
    const Inventory inv = load_trusted_inventory(repository, base, repo.path() / "tollgate.yml");
    ASSERT_EQ(inv.gates.size(), 1u);
    EXPECT_EQ(inv.gates[0].id, "strict");
    ASSERT_EQ(inv.packets.size(), 1u);
    EXPECT_EQ(inv.packets[0].gates[0].value, "strict");
}

TEST(LoadTrustedInventory, ACommitWithoutTheInventoryIsAUsageErrorSayingSo) {
    test::GitRepo repo;
    repo.write("README", "x\n");
    const auto base = repo.commit_all("no plan yet");
    repo.write("tollgate.yml", "version: 1\n");
    const auto repository = Repository::discover(repo.path());
    try {
        (void)load_trusted_inventory(repository, base, repo.path() / "tollgate.yml");
        FAIL() << "no error";
    } catch (const UsageError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "--trusted-inventory base: the base commit " + base.substr(0, 12) + " has no tollgate.yml");
    }
}

}  // namespace
}  // namespace tollgate
