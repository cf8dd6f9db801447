#include "runner/packets/packet_completion.hpp"

#include "tests/support/git_repo.hpp"
#include "tests/unit/verdict/verdict_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(PacketCompletion, AStatusOverrideDecidesWithoutGit) {
    const Inventory inv =
        test::load_yaml("version: 1\npackets:\n  - {id: a, status: done}\n  - {id: b, status: dropped}\n  - {id: c}\n",
                        true)
            .inventory;
    PacketCompletionCache cache(inv, nullptr);
    EXPECT_TRUE(cache("a").done);
    EXPECT_EQ(cache("a").reason, "status: done in the inventory (tollgate.yml:3:5)");
    EXPECT_TRUE(cache("b").done);
    EXPECT_FALSE(cache("c").done);
    EXPECT_EQ(cache("c").reason, "not marked 'status: done' and no git history to look at");
    EXPECT_FALSE(cache("zzz").done);
    EXPECT_EQ(cache("zzz").reason, "no packet 'zzz' in the inventory");
}

TEST(PacketCompletion, AskGitThroughTheScannerForThePacketsBranchGlobs) {
    test::GitRepo repo;
    repo.write("f", "1\n");
    repo.commit_all("base");
    repo.git("checkout -q -b packet/a/one");
    repo.write("g", "1\n");
    repo.commit_all("work");
    repo.git("checkout -q main");
    repo.git("merge -q --no-ff packet/a/one -m merge");
    std::string main = repo.git("rev-parse main");
    main.pop_back();
    const Inventory inv =
        test::load_yaml("version: 1\npackets:\n  - {id: a, branches: ['packet/a/*']}\n  - {id: b, branches: [b]}\n",
                        true)
            .inventory;
    const auto repository = Repository::discover(repo.path());
    const PacketMergeScanner scanner(repository, main, "main");
    PacketCompletionCache cache(inv, &scanner);
    EXPECT_TRUE(cache("a").done);
    ASSERT_TRUE(cache("a").merge);
    EXPECT_EQ(cache("a").merge->refs.size(), 1u);
    EXPECT_FALSE(cache("b").done);
    EXPECT_EQ(cache("b").reason, "no work found: no branch matches b and no commit on main has 'Packet: b'");
}

}  // namespace
}  // namespace tollgate
