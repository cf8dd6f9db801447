#include "runner/graph/critical_path.hpp"

#include "runner/graph/plan.hpp"
#include "tests/unit/graph/plan_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::add_checkpoint;
using test::add_packet;

TEST(CriticalPath, FollowsTheLongestChainOfSeed000) {
    const PlanResult plan = compute_plan(test::seed000_inventory(), {});
    EXPECT_EQ(plan.critical_path,
              (std::vector<std::string>{"foundation", "services", "integrations", "jobs", "testing", "final-gate"}));
    EXPECT_DOUBLE_EQ(plan.critical_hours.low, 17 * 8);
    EXPECT_DOUBLE_EQ(plan.critical_hours.mid, 20 * 8);
    EXPECT_DOUBLE_EQ(plan.critical_hours.high, 23 * 8);
}

TEST(CriticalPath, CanDifferBetweenLowAndHighEstimates) {
    // Low: a (4h) beats b (2h); high: b (10h) beats a (6h).
    Inventory inv;
    add_packet(inv, "a", "4-6h");
    add_packet(inv, "b", "2-10h");
    add_packet(inv, "end", "1h", {"a", "b"});
    PlanOptions low;
    low.estimate = Estimate::low;
    PlanOptions high;
    high.estimate = Estimate::high;
    EXPECT_EQ(compute_plan(inv, low).critical_path, (std::vector<std::string>{"a", "end"}));
    const PlanResult h = compute_plan(inv, high);
    EXPECT_EQ(h.critical_path, (std::vector<std::string>{"b", "end"}));
    EXPECT_DOUBLE_EQ(h.critical_hours.low, 5);
    EXPECT_DOUBLE_EQ(h.critical_hours.mid, 7);
    EXPECT_DOUBLE_EQ(h.critical_hours.high, 11);
}

TEST(CriticalPath, CountsDoneAndUnestimatedPacketsAsZero) {
    Inventory inv;
    add_packet(inv, "done", "10d").status = PacketStatus::done;
    add_packet(inv, "vague", "", {"done"});
    add_packet(inv, "last", "1d", {"vague"});
    const PlanResult plan = compute_plan(inv, {});
    EXPECT_DOUBLE_EQ(plan.critical_hours.mid, 8);
    EXPECT_EQ(plan.unestimated, (std::vector<std::string>{"vague"}));
    EXPECT_DOUBLE_EQ(plan.sequential_hours.high, 8);
}

TEST(CriticalPath, RunsThroughCheckpoints) {
    Inventory inv;
    add_packet(inv, "a", "1d");
    add_checkpoint(inv, "cp-1", {"a"});
    add_packet(inv, "b", "1d", {"cp-1"});
    add_packet(inv, "c", "1h");
    EXPECT_EQ(compute_plan(inv, {}).critical_path, (std::vector<std::string>{"a", "cp-1", "b"}));
}

TEST(CriticalPath, IsEmptyForAnEmptyInventory) {
    const PlanResult plan = compute_plan(Inventory{}, {});
    EXPECT_TRUE(plan.critical_path.empty());
    EXPECT_TRUE(plan.waves.empty());
    EXPECT_EQ(plan.eta_day, 0);
}

TEST(CriticalPath, SlackIsHowLongAPacketOffThePathMaySlip) {
    // a (1d) → end (1h) is the path; b (2h) → end may slip 6h.
    Inventory inv;
    add_packet(inv, "a", "1d");
    add_packet(inv, "b", "2h");
    add_packet(inv, "end", "1h", {"a", "b"});
    const PlanResult plan = compute_plan(inv, {});
    for (const auto& p : plan.packets) {
        if (p.id == "b") {
            EXPECT_DOUBLE_EQ(p.slack_hours, 6);
        } else {
            EXPECT_DOUBLE_EQ(p.slack_hours, 0) << p.id;
            EXPECT_TRUE(p.critical) << p.id;
        }
    }
}

}  // namespace
}  // namespace tollgate
