#include "runner/schedule/gate_plan.hpp"

#include "runner/core/error.hpp"
#include "tests/support/fake_runner.hpp"

#include <gtest/gtest.h>

#include <set>

namespace tollgate {
namespace {

using test::make_gate;
using Ids = std::vector<std::string>;

Ids ids(const GatePlan& plan) {
    Ids out;
    for (const auto& g : plan.gates) out.push_back(g.gate->id);
    return out;
}

Inventory sample() {
    Inventory inv;
    inv.gates = {make_gate("deps", {}, {"setup"}), make_gate("lint", {}, {"fast"}),
                 make_gate("unit", {"deps"}, {"fast", "test"}), make_gate("e2e", {"unit"}, {"slow", "test"}),
                 make_gate("docs", {}, {"fast"})};
    Packet p;
    p.id = "api";
    p.gates = {Located{"e2e", {}}};
    Checkpoint c;
    c.id = "cp-1";
    c.gates = {Located{"lint", {}}, Located{"docs", {}}};
    inv.packets = {p};
    inv.checkpoints = {c};
    return inv;
}

TEST(PlanGates, TakesEveryGateWhenNothingIsSelected) {
    const auto inv = sample();
    EXPECT_EQ(ids(plan_gates(inv, {})), (Ids{"deps", "lint", "unit", "e2e", "docs"}));
}

TEST(PlanGates, SelectedIdsPullInTheirNeedsTransitively) {
    const auto inv = sample();
    Selection s;
    s.ids = {"e2e"};
    const auto plan = plan_gates(inv, s);
    EXPECT_EQ(ids(plan), (Ids{"deps", "unit", "e2e"}));
    EXPECT_FALSE(plan.gates[0].requested);
    EXPECT_TRUE(plan.gates[2].requested);
    EXPECT_EQ(plan.gates[2].needs, (std::vector<std::size_t>{1}));
}

TEST(PlanGates, UnknownIdIsAUsageErrorWithASuggestion) {
    const auto inv = sample();
    Selection s;
    s.ids = {"unti"};
    try {
        plan_gates(inv, s);
        FAIL() << "expected UsageError";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "unknown gate 'unti'");
        EXPECT_NE(e.hint().find("did you mean 'unit'?"), std::string::npos);
    }
}

TEST(PlanGates, UnknownPacketOrCheckpointIsAUsageError) {
    const auto inv = sample();
    Selection s;
    s.packets = {"nope"};
    EXPECT_THROW(plan_gates(inv, s), UsageError);
    s.packets.clear();
    s.checkpoints = {"cp-2"};
    EXPECT_THROW(plan_gates(inv, s), UsageError);
}

TEST(PlanGates, LabelsMustAllMatchAndExcludedLabelsRemove) {
    const auto inv = sample();
    Selection s;
    s.labels = {"fast", "test"};
    EXPECT_EQ(ids(plan_gates(inv, s)), (Ids{"deps", "unit"}));  // deps comes as unit's need
    Selection e;
    e.exclude_labels = {"slow", "setup"};
    EXPECT_EQ(ids(plan_gates(inv, e)), (Ids{"deps", "lint", "unit", "docs"}));
}

TEST(PlanGates, LabelNoGateCarriesIsAUsageError) {
    const auto inv = sample();
    Selection s;
    s.labels = {"fats"};
    try {
        plan_gates(inv, s);
        FAIL() << "expected UsageError";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "unknown label 'fats'");
        EXPECT_NE(e.hint().find("did you mean 'fast'?"), std::string::npos);
    }
}

TEST(PlanGates, PacketsAndCheckpointsSelectTheirGates) {
    const auto inv = sample();
    Selection s;
    s.packets = {"api"};
    s.checkpoints = {"cp-1"};
    EXPECT_EQ(ids(plan_gates(inv, s)), (Ids{"deps", "lint", "unit", "e2e", "docs"}));
    Selection c;
    c.checkpoints = {"cp-1"};
    EXPECT_EQ(ids(plan_gates(inv, c)), (Ids{"lint", "docs"}));
}

TEST(PlanGates, ShardsPartitionTheGatesAndKeepNeedsTogether) {
    Inventory inv;
    for (int i = 0; i < 30; ++i) {
        const std::string id = "g" + std::to_string(i);
        inv.gates.push_back(i % 3 == 2 ? make_gate(id, {"g" + std::to_string(i - 1)}) : make_gate(id));
    }
    std::multiset<std::string> all;
    for (int k = 1; k <= 4; ++k) {
        Selection s;
        s.shard = Shard{k, 4};
        const auto plan = plan_gates(inv, s);
        EXPECT_EQ(plan.gates.size() + plan.other_shards, 30u);
        for (const auto& g : plan.gates) {
            all.insert(g.gate->id);
            for (const auto n : g.needs) EXPECT_LT(n, plan.gates.size());
        }
        // 20 components (10 pairs, 10 singles) over 4 shards: 5 each, by weight.
        EXPECT_GE(plan.gates.size(), 6u);
        EXPECT_LE(plan.gates.size(), 9u);
    }
    EXPECT_EQ(all.size(), 30u);
    EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), 30u);
}

TEST(PlanWaves, PutsEveryGateAfterItsNeeds) {
    const auto inv = sample();
    const auto waves = plan_waves(plan_gates(inv, {}));
    ASSERT_EQ(waves.size(), 3u);
    EXPECT_EQ(waves[0], (std::vector<std::size_t>{0, 1, 4}));
    EXPECT_EQ(waves[1], (std::vector<std::size_t>{2}));
    EXPECT_EQ(waves[2], (std::vector<std::size_t>{3}));
}

TEST(PlanWaves, GatesInACycleComeLastInsteadOfVanishing) {
    Inventory inv;
    inv.gates = {make_gate("x", {"y"}), make_gate("y", {"x"}), make_gate("z")};
    const auto waves = plan_waves(plan_gates(inv, {}));
    ASSERT_EQ(waves.size(), 2u);
    EXPECT_EQ(waves[1], (std::vector<std::size_t>{0, 1}));
}

}  // namespace
}  // namespace tollgate
