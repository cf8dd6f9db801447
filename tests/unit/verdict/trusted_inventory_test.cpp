#include "runner/verdict/trusted_inventory.hpp"

#include "runner/core/error.hpp"
#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(IncludeGlobMatches, MatchesSegmentWiseWithDoubleStarForAnyDepthAndNoHiddenFiles) {
    EXPECT_TRUE(include_glob_matches("packets/*.yml", "packets/a.yml"));
    EXPECT_FALSE(include_glob_matches("packets/*.yml", "packets/sub/a.yml"));
    EXPECT_FALSE(include_glob_matches("packets/*.yml", "packets/.a.yml"));
    EXPECT_TRUE(include_glob_matches("packets/**/*.yml", "packets/a.yml"));
    EXPECT_TRUE(include_glob_matches("packets/**/*.yml", "packets/x/y/a.yml"));
    EXPECT_FALSE(include_glob_matches("packets/**/*.yml", "other/a.yml"));
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
        EXPECT_EQ(std::string(e.what()), "--trusted-inventory base: the base commit " + base.substr(0, 12) +
                                             " has no tollgate.yml");
    }
}

}  // namespace
}  // namespace tollgate
