#include "runner/init/plan_tables.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(InferZoneRule, ReadsTheRuleFromTheOwnersPhrase) {
    EXPECT_EQ(infer_zone_rule("Batch 1 only").rule, "exclusive");
    EXPECT_EQ(infer_zone_rule("Batch 1 creates, others extend").rule, "extend");
    EXPECT_EQ(infer_zone_rule("Batch 2 creates, others use").rule, "coordinate");
    EXPECT_EQ(infer_zone_rule("Each batch owns section").rule, "shared");
    EXPECT_EQ(infer_zone_rule("Batch 2 creates, others use").phrase, "creates, others use");
    EXPECT_EQ(infer_zone_rule("By feature (3A, 3B)").rule, "");
}

TEST(ReadPacketTables, RecognisesColumnsByTheirHeaders) {
    auto ctx = start_plan_context(
        "| Prio | Est. Effort | Title | Id | Depends on |\n"
        "|---|---|---|---|---|\n"
        "| P1 | 4h | Parser | A | None |\n"
        "| P2 | 1-2 days | Checker | B | A |\n",
        "PLAN.md");
    read_packet_tables(ctx);
    ASSERT_EQ(ctx.draft.packets.size(), 2u);
    const auto& b = ctx.draft.packets[1];
    EXPECT_EQ(b.id, "b");
    EXPECT_EQ(b.title, "Checker");
    EXPECT_EQ(b.priority, "P2");
    EXPECT_EQ(b.effort, "1-2d");
    EXPECT_EQ(b.after, (std::vector<std::string>{"a"}));
    EXPECT_EQ(b.line, 4);
    EXPECT_TRUE(ctx.used[0]);
}

TEST(ReadPacketTables, DraftsALaneForEachOwnerFromTheFirstRowThatNamesIt) {
    auto ctx = start_plan_context(
        "| ID | Task | Owner |\n|---|---|---|\n| A | Parser | Dana |\n| B | Checker | Lee |\n| C | Docs | Dana |\n",
        "PLAN.md");
    read_packet_tables(ctx);
    ASSERT_EQ(ctx.draft.streams.size(), 2u);
    EXPECT_EQ(ctx.draft.streams[0].id, "dana");
    EXPECT_EQ(ctx.draft.streams[0].line, 3);
    EXPECT_EQ(ctx.draft.streams[1].id, "lee");
    EXPECT_EQ(ctx.draft.streams[1].line, 4);
}

TEST(ReadPacketTables, LeavesTablesWithoutAnIdColumnAlone) {
    auto ctx = start_plan_context("| Issue | Solution |\n|---|---|\n| x | y |\n", "PLAN.md");
    read_packet_tables(ctx);
    EXPECT_TRUE(ctx.draft.packets.empty());
    EXPECT_FALSE(ctx.used[0]);
}

TEST(ReadZoneTables, QuotesThePhraseItReadTheRuleFrom) {
    auto ctx = start_plan_context(
        "| Batch | Name |\n|---|---|\n| 1 | Foundation |\n\n"
        "| File/Area | Primary Owner | Coordination Required |\n|---|---|---|\n"
        "| Migrations | Batch 1 only | Timestamp ordering |\n"
        "| Docs | nobody in particular | |\n",
        "PLAN.md");
    read_packet_tables(ctx);
    read_zone_tables(ctx);
    ASSERT_EQ(ctx.draft.zones.size(), 2u);
    const auto& z = ctx.draft.zones[0];
    EXPECT_EQ(z.owners, (std::vector<std::string>{"batch-1"}));
    EXPECT_EQ(z.rule, "exclusive");
    EXPECT_EQ(z.coordination, "Timestamp ordering");
    EXPECT_EQ(z.paths, (std::vector<std::string>{"**/migrations/"}));
    EXPECT_EQ(z.comments.at(1), "rule exclusive from the phrase 'only' in 'Batch 1 only'");
    EXPECT_EQ(z.line, 7);  // its row
    // No owner packet: shared, with a TODO, rather than a zone nobody may touch.
    EXPECT_EQ(ctx.draft.zones[1].rule, "shared");
}

TEST(ReadLaneTables, PutsEachPacketInTheLaneThatNamesIt) {
    auto ctx = start_plan_context(
        "| Batch | Name |\n|---|---|\n| 1 | A |\n| 2 | B |\n\n"
        "| Agent A | Agent B |\n|---|---|\n| Batch 2 | Batch 1 |\n| UI | API |\n",
        "PLAN.md");
    read_packet_tables(ctx);
    read_lane_tables(ctx);
    ASSERT_EQ(ctx.draft.streams.size(), 2u);
    EXPECT_EQ(ctx.draft.streams[0].id, "agent-a");
    EXPECT_EQ(ctx.draft.streams[0].title, "Agent A: UI");
    EXPECT_EQ(ctx.draft.streams[0].line, 6);  // the lane table's header
    EXPECT_EQ(ctx.draft.packets[0].stream, "agent-b");
    EXPECT_EQ(ctx.draft.packets[1].stream, "agent-a");
}

}  // namespace
}  // namespace tollgate
