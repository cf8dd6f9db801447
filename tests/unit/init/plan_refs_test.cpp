#include "runner/init/plan_refs.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using Ids = std::vector<std::string>;

PlanDraft batches() {
    PlanDraft d;
    for (const char* b : {"1", "2", "3A", "3B", "4"}) {
        DraftPacket p;
        p.batch = b;
        p.id = std::string("batch-") + (b[1] == 'A' ? "3a" : b[1] == 'B' ? "3b" : b);
        d.packets.push_back(p);
    }
    return d;
}

TEST(ParsePlanEffort, ReadsDaysHoursWeeksAndRanges) {
    EXPECT_EQ(parse_plan_effort("2-3 days"), "2-3d");
    EXPECT_EQ(parse_plan_effort("4h"), "4h");
    EXPECT_EQ(parse_plan_effort("4 hours"), "4h");
    EXPECT_EQ(parse_plan_effort("1 week"), "5d");
    EXPECT_EQ(parse_plan_effort("1.5d"), "1.5d");
    EXPECT_EQ(parse_plan_effort("3"), "3d");
    EXPECT_EQ(parse_plan_effort("2 to 4 days"), "2-4d");
    EXPECT_EQ(parse_plan_effort("soon"), std::nullopt);
    EXPECT_EQ(parse_plan_effort(""), std::nullopt);
}

TEST(ResolvePacketRefs, ReadsTheShapesDependencyColumnsTake) {
    const auto d = batches();
    EXPECT_EQ(resolve_packet_refs("None", d), Ids{});
    EXPECT_EQ(resolve_packet_refs("-", d), Ids{});
    EXPECT_EQ(resolve_packet_refs("Batch 1, 2", d), (Ids{"batch-1", "batch-2"}));
    EXPECT_EQ(resolve_packet_refs("All previous", d, "batch-3b"), (Ids{"batch-1", "batch-2", "batch-3a"}));
    EXPECT_EQ(resolve_packet_refs("all others", d, "batch-2"), (Ids{"batch-1", "batch-3a", "batch-3b", "batch-4"}));
    EXPECT_EQ(resolve_packet_refs("Batch 3", d), (Ids{"batch-3a", "batch-3b"}));
    EXPECT_EQ(resolve_packet_refs("Batch 4 and 1", d), (Ids{"batch-1", "batch-4"}));
    EXPECT_EQ(resolve_packet_refs("Batch 9", d), Ids{});
}

TEST(ResolvePacketRefs, NamesUnlabelledPacketsByTitle) {
    PlanDraft d;
    DraftPacket p;
    p.id = "query-api";
    p.title = "Query API";
    d.packets.push_back(p);
    EXPECT_EQ(resolve_packet_refs("waits for the Query API", d), (Ids{"query-api"}));
}

TEST(LastDayOf, ReadsTheEndOfADayWindow) {
    EXPECT_EQ(last_day_of("Phase 2: UI (Days 8-15)"), 15);
    EXPECT_EQ(last_day_of("Day 3"), 3);
    EXPECT_EQ(last_day_of("no window"), std::nullopt);
}

}  // namespace
}  // namespace tollgate
