#include "runner/inventory/cycles.hpp"

#include "tests/unit/graph/plan_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::add_checkpoint;
using test::add_gate;
using test::add_packet;

std::vector<std::string> messages(const Diagnostics& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds.all()) out.push_back(d.message);
    return out;
}

TEST(CheckCycles, NamesATwoPacketCycleInFullAtTheFirstPacket) {
    Inventory inv;
    add_packet(inv, "foundation", "", {"services"});
    add_packet(inv, "services", "", {"foundation"});
    Diagnostics ds;
    check_cycles(inv, ds);
    ASSERT_EQ(ds.error_count(), 1);
    EXPECT_EQ(ds.all()[0].message, "dependency cycle: foundation -> services -> foundation");
    EXPECT_EQ(ds.all()[0].where, inv.packets[0].where);
    EXPECT_NE(ds.all()[0].hint.find("after"), std::string::npos);
}

TEST(CheckCycles, AcceptsAnAcyclicInventory) {
    Inventory inv = test::seed000_inventory();
    Diagnostics ds;
    check_cycles(inv, ds);
    EXPECT_TRUE(ds.all().empty());
}

TEST(CheckCycles, FindsACycleThroughACheckpoint) {
    Inventory inv;
    add_packet(inv, "a", "", {"cp-1"});
    add_packet(inv, "b", "", {"a"});
    add_checkpoint(inv, "cp-1", {"b"});
    Diagnostics ds;
    check_cycles(inv, ds);
    EXPECT_EQ(messages(ds), (std::vector<std::string>{"dependency cycle: a -> cp-1 -> b -> a"}));
}

TEST(CheckCycles, FindsACycleThroughGateNeeds) {
    Inventory inv;
    add_gate(inv, "lint", {"build"});
    add_gate(inv, "build", {"deps"});
    add_gate(inv, "deps", {"lint"});
    add_checkpoint(inv, "cp-1", {}, {"lint"});
    Diagnostics ds;
    check_cycles(inv, ds);
    ASSERT_EQ(ds.error_count(), 1);
    EXPECT_EQ(ds.all()[0].message, "dependency cycle: lint -> build -> deps -> lint");
    EXPECT_EQ(ds.all()[0].where, inv.gates[0].where);
    EXPECT_NE(ds.all()[0].hint.find("needs"), std::string::npos);
}

TEST(CheckCycles, ReportsASelfLoop) {
    Inventory inv;
    add_packet(inv, "loner", "", {"loner"});
    Diagnostics ds;
    check_cycles(inv, ds);
    EXPECT_EQ(messages(ds), (std::vector<std::string>{"dependency cycle: loner -> loner"}));
}

TEST(CheckCycles, ReportsTwoSeparateCyclesInInventoryOrder) {
    Inventory inv;
    add_packet(inv, "x", "", {"y"});
    add_packet(inv, "a", "", {"b"});
    add_packet(inv, "b", "", {"a"});
    add_packet(inv, "y", "", {"x"});
    Diagnostics ds;
    check_cycles(inv, ds);
    EXPECT_EQ(messages(ds),
              (std::vector<std::string>{"dependency cycle: x -> y -> x", "dependency cycle: a -> b -> a"}));
}

TEST(CheckCycles, ReportsEachElementaryCycleOfOneComponentOnce) {
    Inventory inv;
    add_packet(inv, "a", "", {"b", "c", "b"});
    add_packet(inv, "b", "", {"a"});
    add_packet(inv, "c", "", {"a"});
    Diagnostics ds;
    check_cycles(inv, ds);
    EXPECT_EQ(messages(ds),
              (std::vector<std::string>{"dependency cycle: a -> b -> a", "dependency cycle: a -> c -> a"}));
}

TEST(CheckCycles, IgnoresUnknownIdsAndPacketToGateLinks) {
    Inventory inv;
    add_packet(inv, "a", "", {"ghost"}).gates = test::located({"g"});
    add_gate(inv, "g", {"nowhere"});
    Diagnostics ds;
    check_cycles(inv, ds);
    EXPECT_TRUE(ds.all().empty());
}

TEST(CheckCycles, HandlesA10000PacketChainAndTheRingItCloses) {
    Inventory inv;
    const int n = 10000;
    add_packet(inv, "p0");
    for (int i = 1; i < n; ++i) add_packet(inv, "p" + std::to_string(i), "", {"p" + std::to_string(i - 1)});
    Diagnostics ok;
    check_cycles(inv, ok);
    EXPECT_TRUE(ok.all().empty());

    inv.packets[0].after = test::located({"p" + std::to_string(n - 1)});
    Diagnostics ring;
    check_cycles(inv, ring);
    ASSERT_EQ(ring.error_count(), 1);
    EXPECT_EQ(ring.all()[0].message.rfind("dependency cycle: p0 -> p9999 -> p9998", 0), 0u);
}

TEST(CheckCycles, CapsTheListForADenseComponentWithANote) {
    Inventory inv;
    std::vector<std::string> all;
    for (int i = 0; i < 7; ++i) all.push_back("p" + std::to_string(i));
    for (const auto& id : all) add_packet(inv, id, "", all);
    Diagnostics ds;
    check_cycles(inv, ds);
    EXPECT_EQ(ds.error_count(), 20);
    ASSERT_EQ(ds.all().size(), 21u);
    EXPECT_EQ(ds.all().back().severity, Severity::note);
}

}  // namespace
}  // namespace tollgate
