#include "runner/graph/schedule_eta.hpp"

#include "runner/graph/plan.hpp"
#include "tests/unit/graph/plan_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::add_packet;
using test::add_stream;

const PlannedPacket& find(const PlanResult& plan, const std::string& id) {
    for (const auto& p : plan.packets)
        if (p.id == id) return p;
    throw std::runtime_error("no packet " + id);
}

PlanResult plan_with_lanes(const Inventory& inv, int lanes, Estimate e = Estimate::mid) {
    PlanOptions options;
    options.lanes = lanes;
    options.estimate = e;
    return compute_plan(inv, options);
}

TEST(ScheduleEta, OneLaneRunsEverythingInSequence) {
    const Inventory inv = test::seed000_inventory();
    const PlanResult plan = plan_with_lanes(inv, 1);
    EXPECT_EQ(plan.total_lanes, 1);
    EXPECT_DOUBLE_EQ(plan.parallel_hours.low, plan.sequential_hours.low);
    EXPECT_DOUBLE_EQ(plan.parallel_hours.high, plan.sequential_hours.high);
    EXPECT_DOUBLE_EQ(plan.sequential_hours.low, 37 * 8);
    EXPECT_DOUBLE_EQ(plan.sequential_hours.high, 49 * 8);
    EXPECT_EQ(plan.eta_day, 43);
}

TEST(ScheduleEta, ThreeLanesShareWaveThreeByLongestRemainingWork) {
    const PlanResult plan = plan_with_lanes(test::seed000_inventory(), 3);
    EXPECT_EQ(plan.total_lanes, 3);
    // integrations leads to jobs and testing, finance-ui to l10n (soft) and
    // testing: the most work behind them, so they start first in wave 3.
    EXPECT_EQ(find(plan, "integrations").schedule->start_hours, 48);
    EXPECT_EQ(find(plan, "finance-ui").schedule->start_hours, 48);
    EXPECT_EQ(find(plan, "finance-ui").schedule->lane, 1);
    EXPECT_GT(find(plan, "l10n").schedule->start_hours, 48);
    // Seven wave-3 packets on three lanes cannot all start at once.
    int at_once = 0;
    for (const auto& p : plan.packets)
        if (p.wave == 3 && p.schedule->start_hours == 48) ++at_once;
    EXPECT_EQ(at_once, 3);
    EXPECT_GT(plan.parallel_hours.mid, plan.critical_hours.mid);
    EXPECT_LT(plan.parallel_hours.mid, plan.sequential_hours.mid);
}

TEST(ScheduleEta, EnoughLanesReachTheCriticalPath) {
    const PlanResult plan = compute_plan(test::seed000_inventory(), {});
    EXPECT_EQ(plan.lanes_source, "widest wave");
    EXPECT_EQ(plan.total_lanes, 7);
    EXPECT_DOUBLE_EQ(plan.parallel_hours.low, plan.critical_hours.low);
    EXPECT_DOUBLE_EQ(plan.parallel_hours.mid, plan.critical_hours.mid);
    EXPECT_DOUBLE_EQ(plan.parallel_hours.high, plan.critical_hours.high);
    // Seed 000 says "15-20 days (parallel)"; its own table gives 17-23.
    EXPECT_DOUBLE_EQ(plan.parallel_hours.low / hours_per_day, 17);
    EXPECT_DOUBLE_EQ(plan.parallel_hours.high / hours_per_day, 23);
    const auto& foundation = *find(plan, "foundation").schedule;
    EXPECT_EQ(foundation.start_day, 1);
    EXPECT_EQ(foundation.end_day, 3);
    const auto& services = *find(plan, "services").schedule;
    EXPECT_EQ(services.start_day, 3);
    EXPECT_EQ(services.end_day, 6);
}

TEST(ScheduleEta, HighEstimatesReproduceSeed000sDayNumbers) {
    PlanOptions options;
    options.estimate = Estimate::high;
    const PlanResult plan = compute_plan(test::seed000_inventory(), options);
    const auto& services = *find(plan, "services").schedule;
    EXPECT_EQ(services.start_day, 4);  // "Batch 2: Services (Days 4-7)"
    EXPECT_EQ(services.end_day, 7);
}

TEST(ScheduleEta, StreamsRunOnTheirOwnLanes) {
    Inventory inv;
    add_stream(inv, "backend", 1);
    add_stream(inv, "frontend", 2);
    add_packet(inv, "b1", "1d").stream = "backend";
    add_packet(inv, "b2", "1d").stream = "backend";
    add_packet(inv, "f1", "1d").stream = "frontend";
    add_packet(inv, "f2", "1d").stream = "frontend";
    const PlanResult plan = compute_plan(inv, {});
    EXPECT_EQ(plan.lanes_source, "streams");
    EXPECT_EQ(plan.total_lanes, 3);
    EXPECT_DOUBLE_EQ(plan.parallel_hours.mid, 16);  // backend's one lane runs b1 then b2
    EXPECT_EQ(find(plan, "b2").schedule->start_day, 2);
    EXPECT_EQ(find(plan, "f2").schedule->start_day, 1);
    EXPECT_EQ(find(plan, "f2").schedule->pool, "frontend");
    EXPECT_TRUE(plan.notes.empty());
}

TEST(ScheduleEta, PacketsWithoutAStreamShareOneExtraLaneAndItIsNoted) {
    Inventory inv;
    add_stream(inv, "backend", 2);
    add_packet(inv, "b1", "1d").stream = "backend";
    add_packet(inv, "loose1", "1d");
    add_packet(inv, "loose2", "1d");
    const PlanResult plan = compute_plan(inv, {});
    EXPECT_EQ(plan.total_lanes, 3);
    EXPECT_DOUBLE_EQ(plan.parallel_hours.mid, 16);
    ASSERT_EQ(plan.notes.size(), 1u);
    EXPECT_NE(plan.notes[0].find("2 packets have no stream"), std::string::npos);
}

TEST(ScheduleEta, LanesOptionOverridesStreams) {
    Inventory inv;
    add_stream(inv, "backend", 1);
    add_packet(inv, "b1", "1d").stream = "backend";
    add_packet(inv, "b2", "1d").stream = "backend";
    const PlanResult plan = plan_with_lanes(inv, 2);
    EXPECT_EQ(plan.lanes_source, "option");
    EXPECT_DOUBLE_EQ(plan.parallel_hours.mid, 8);
}

TEST(ScheduleEta, DonePacketsTakeNoTimeAndHaveNoSchedule) {
    Inventory inv;
    add_packet(inv, "a", "3d").status = PacketStatus::done;
    add_packet(inv, "b", "1d", {"a"});
    const PlanResult plan = compute_plan(inv, {});
    EXPECT_FALSE(find(plan, "a").schedule.has_value());
    EXPECT_EQ(find(plan, "b").schedule->start_day, 1);
    EXPECT_EQ(plan.eta_day, 1);
}

TEST(ScheduleEta, ChecksCheckpointsAgainstTheirDueDay) {
    Inventory inv;
    inv.start = CivilDate::parse("2025-01-20");
    add_packet(inv, "a", "2d");
    auto& cp = test::add_checkpoint(inv, "cp-1", {"a"});
    cp.due = Due{1, std::nullopt, {}};
    const PlanResult plan = compute_plan(inv, {});
    ASSERT_EQ(plan.checkpoints.size(), 1u);
    EXPECT_EQ(plan.checkpoints[0].due_day, 1);
    EXPECT_EQ(plan.checkpoints[0].due_date->str(), "2025-01-20");
    EXPECT_EQ(plan.checkpoints[0].ready_day, 2);
    EXPECT_EQ(plan.checkpoints[0].after_wave, 1);
}

TEST(ScheduleEta, ScalesToTenThousandPacketsInAChain) {
    Inventory inv;
    add_packet(inv, "p0", "1h");
    for (int i = 1; i < 10000; ++i)
        add_packet(inv, "p" + std::to_string(i), i % 2 ? "" : "1h", {"p" + std::to_string(i - 1)});
    const PlanResult plan = compute_plan(inv, {});
    EXPECT_EQ(plan.waves.size(), 10000u);
    EXPECT_DOUBLE_EQ(plan.parallel_hours.mid, 5000);
    EXPECT_EQ(plan.critical_path.size(), 10000u);
}

}  // namespace
}  // namespace tollgate
