#include "runner/graph/waves.hpp"

#include "runner/core/error.hpp"
#include "tests/unit/graph/plan_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::add_checkpoint;
using test::add_packet;

/// Wave membership as ids, for readable expectations.
std::vector<std::vector<std::string>> wave_ids(const Inventory& inv, WaveLayout* out = nullptr) {
    const PlanGraph g = build_plan_graph(inv);
    const WaveLayout layout = layout_waves(g, topological_order(g, inv));
    std::vector<std::vector<std::string>> ids;
    for (const auto& wave : layout.waves) {
        ids.emplace_back();
        for (int n : wave) ids.back().push_back(g.id(n));
    }
    if (out) *out = layout;
    return ids;
}

TEST(LayoutWaves, GroupsPacketsByTheLongestChainBeforeThem) {
    const auto waves = wave_ids(test::seed000_inventory());
    const std::vector<std::vector<std::string>> expected{
        {"foundation"},
        {"services"},
        {"finance-ui", "portal-ui", "tech-ui", "integrations", "ai-ml", "l10n", "reporting"},
        {"jobs"},
        {"testing"}};
    EXPECT_EQ(waves, expected);
}

TEST(LayoutWaves, PlacesAPacketAfterACheckpointAfterTheCheckpointsPrerequisites) {
    Inventory inv;
    add_packet(inv, "a");
    add_packet(inv, "b", "", {"a"});
    add_packet(inv, "c", "", {"cp-1"});
    add_packet(inv, "d");
    add_checkpoint(inv, "cp-1", {"b"});
    add_checkpoint(inv, "cp-0");
    WaveLayout layout;
    EXPECT_EQ(wave_ids(inv, &layout), (std::vector<std::vector<std::string>>{{"a", "d"}, {"b"}, {"c"}}));
    EXPECT_EQ(layout.level[4], 2);  // cp-1 is reached after wave 2
    EXPECT_EQ(layout.level[5], 0);  // cp-0 has nothing to wait for
    // Plan order: cp-0 first, then each wave followed by its checkpoints.
    EXPECT_EQ(layout.order, (std::vector<int>{5, 0, 3, 1, 4, 2}));
}

TEST(LayoutWaves, OrdersAWaveByPreferAfterWithoutChangingMembership) {
    Inventory inv;
    add_packet(inv, "late", "", {}, {"early"});
    add_packet(inv, "early");
    add_packet(inv, "other");
    WaveLayout layout;
    EXPECT_EQ(wave_ids(inv, &layout), (std::vector<std::vector<std::string>>{{"early", "late", "other"}}));
    EXPECT_EQ(layout.honoured[0], (std::vector<int>{1}));
    EXPECT_TRUE(layout.notes.empty());
}

TEST(LayoutWaves, IgnoresAPreferenceForALaterWaveAndNotesIt) {
    Inventory inv;
    add_packet(inv, "a", "", {}, {"c"});
    add_packet(inv, "b");
    add_packet(inv, "c", "", {"b"});
    WaveLayout layout;
    EXPECT_EQ(wave_ids(inv, &layout), (std::vector<std::vector<std::string>>{{"a", "b"}, {"c"}}));
    EXPECT_TRUE(layout.honoured[0].empty());
    ASSERT_EQ(layout.notes.size(), 1u);
    EXPECT_NE(layout.notes[0].find("a prefers to follow c"), std::string::npos);
}

TEST(LayoutWaves, BreaksACycleOfPreferencesAtOneEdgeAndNotesIt) {
    Inventory inv;
    add_packet(inv, "a", "", {}, {"c"});
    add_packet(inv, "b", "", {}, {"a"});
    add_packet(inv, "c", "", {}, {"b"});
    WaveLayout layout;
    const auto waves = wave_ids(inv, &layout);
    ASSERT_EQ(waves.size(), 1u);
    EXPECT_EQ(waves[0], (std::vector<std::string>{"a", "b", "c"}));
    ASSERT_EQ(layout.notes.size(), 1u);
    EXPECT_EQ(layout.notes[0], "a prefer-after c closes a cycle of preferences; preference ignored");
}

TEST(LayoutWaves, LeavesDroppedPacketsOut) {
    Inventory inv;
    add_packet(inv, "a").status = PacketStatus::dropped;
    add_packet(inv, "b", "", {"a"});
    const PlanGraph g = build_plan_graph(inv);
    EXPECT_EQ(g.dropped, (std::vector<std::string>{"a"}));
    ASSERT_EQ(g.notes.size(), 1u);
    EXPECT_EQ(wave_ids(inv), (std::vector<std::vector<std::string>>{{"b"}}));
}

TEST(TopologicalOrder, ThrowsAnInventoryErrorNamingTheCycle) {
    Inventory inv;
    add_packet(inv, "a", "", {"b"});
    add_packet(inv, "b", "", {"a"});
    const PlanGraph g = build_plan_graph(inv);
    try {
        (void)topological_order(g, inv);
        FAIL() << "expected InventoryError";
    } catch (const InventoryError& e) {
        ASSERT_EQ(e.diagnostics().all().size(), 1u);
        EXPECT_EQ(e.diagnostics().all()[0].message, "dependency cycle: a -> b -> a");
    }
}

}  // namespace
}  // namespace tollgate
