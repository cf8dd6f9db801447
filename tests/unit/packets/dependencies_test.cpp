#include "runner/packets/dependencies.hpp"

#include "tests/unit/verdict/verdict_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

CheckpointFinding finding(const std::string& id, CheckpointStatus status, bool blocker) {
    CheckpointFinding f;
    f.id = id;
    f.status = status;
    f.blocker = blocker;
    f.role = CheckpointRole::prerequisite;
    f.reason = status == CheckpointStatus::passed ? "all 1 gate(s) passed" : "waiting: foundation is not done (x)";
    return f;
}

TEST(JudgeDependencies, APacketNotDoneBlocksWithOneLineNamingWhatIsMissing) {
    const Inventory inv = test::plan_inventory();
    const auto d = judge_dependencies(inv, *inv.find_packet("services"), test::done_packets({}),
                                      {finding("cp-1", CheckpointStatus::passed, true)});
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d[0].id, "foundation");
    EXPECT_FALSE(d[0].satisfied);
    EXPECT_TRUE(d[0].blocking);
    EXPECT_EQ(d[0].reason, "services may not merge before foundation (tollgate.yml:5:40) is done: no work found");
    EXPECT_TRUE(d[1].satisfied);
    EXPECT_EQ(d[1].reason, "checkpoint cp-1 passed: all 1 gate(s) passed");
}

TEST(JudgeDependencies, ACheckpointThatHasNotPassedBlocksOnlyWhenItIsABlocker) {
    const Inventory inv = test::plan_inventory();
    const auto d = judge_dependencies(inv, *inv.find_packet("ui"), test::done_packets({"services"}),
                                      {finding("cp-soft", CheckpointStatus::pending, false)});
    ASSERT_EQ(d.size(), 2u);
    EXPECT_TRUE(d[0].satisfied);
    EXPECT_FALSE(d[1].satisfied);
    EXPECT_FALSE(d[1].blocking);
    EXPECT_EQ(d[1].reason,
              "ui may not merge before checkpoint cp-soft (tollgate.yml:6:44) has passed: it is pending — waiting: "
              "foundation is not done (x) (blocker: false, so this only warns)");
}

}  // namespace
}  // namespace tollgate
