#include "runner/packets/packet_delay.hpp"

#include "tests/unit/verdict/verdict_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(PacketDelay, IsZeroOnTimeAndWholeDaysPastThePlannedFinish) {
    const Inventory inv = test::plan_inventory();
    // foundation: days 1-2, services: days 3-4 from 2025-01-20.
    const auto on_time = packet_delay(inv, "services", CivilDate::parse("2025-01-23"));
    EXPECT_EQ(on_time.planned_finish->str(), "2025-01-23");
    EXPECT_EQ(*on_time.delay_ms, 0.0);
    const auto late = packet_delay(inv, "services", CivilDate::parse("2025-01-25"));
    EXPECT_EQ(*late.delay_ms, 2 * 86'400'000.0);
}

TEST(PacketDelay, HasNoValueWithoutPacketOrStartAndSaysWhy) {
    const Inventory inv = test::plan_inventory();
    EXPECT_EQ(packet_delay(inv, "", CivilDate::parse("2025-01-25")).missing, "the change belongs to no packet");
    const Inventory no_start = test::load_yaml("version: 1\npackets: [{id: a, effort: 1d}]\n", true).inventory;
    EXPECT_EQ(packet_delay(no_start, "a", CivilDate::parse("2025-01-25")).missing,
              "the inventory has no 'start' date to count plan days from");
}

}  // namespace
}  // namespace tollgate
