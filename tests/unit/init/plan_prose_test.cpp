#include "runner/init/plan_prose.hpp"

#include "runner/init/plan_tables.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using Ids = std::vector<std::string>;

PlanContext context_of(const std::string& markdown) {
    auto ctx = start_plan_context(markdown, "PLAN.md");
    read_packet_tables(ctx);
    return ctx;
}

constexpr const char* k_table =
    "| Batch | Name | Dependencies |\n|---|---|---|\n"
    "| 1 | A | None |\n| 2 | B | Batch 1 |\n| 3A | C | Batch 2 |\n| 3B | D | Batch 2 |\n| 4 | E | Batch 3 |\n\n";

TEST(ReadDependencyProse, AddsHardEdgesAndLetsASoftSentenceSoftenTheTables) {
    auto ctx = context_of(std::string(k_table) +
                          "- Batch 4 (after Batch 1)\n"
                          "- Batch 3B waits for Batch 3A\n"
                          "- Batch 4 should ideally follow Batch 3 (applies to UI)\n");
    read_dependency_prose(ctx);
    const auto& d = ctx.draft;
    EXPECT_EQ(d.packets[3].after, (Ids{"batch-2", "batch-3a"}));
    EXPECT_EQ(d.packets[4].after, (Ids{"batch-1"}));
    EXPECT_EQ(d.packets[4].prefer_after, (Ids{"batch-3a", "batch-3b"}));
}

TEST(ReadDayWindows, PrefersAPacketsOwnWindowToItsPhases) {
    auto ctx = context_of(std::string(k_table) +
                          "### Phase 1 (Days 1-7)\n"
                          "1. **Batch 1: A** (Days 1-3)\n"
                          "2. **Batch 2: B**\n");
    read_day_windows(ctx);
    EXPECT_EQ(ctx.draft.packets[0].last_day, 3);
    EXPECT_EQ(ctx.draft.packets[1].last_day, 7);
    EXPECT_EQ(ctx.draft.packets[2].last_day, std::nullopt);
}

TEST(ReadPacketTasks, TakesTheItemsNestedUnderAPacketsItem) {
    auto ctx = context_of(std::string(k_table) +
                          "1. **Batch 1: A** (Days 1-3)\n"
                          "   - Database migrations\n"
                          "   - Models\n"
                          "2. **Batch 2: B**\n"
                          "- unrelated\n");
    read_packet_tasks(ctx);
    EXPECT_EQ(ctx.draft.packets[0].tasks, (Ids{"Database migrations", "Models"}));
    EXPECT_TRUE(ctx.draft.packets[1].tasks.empty());
}

TEST(ReadChecklist, ConfirmsPacketsAndReportsItemsThatNameNone) {
    auto ctx = context_of(std::string(k_table) + "- [ ] **Batch 1: A** - Started\n- [x] **Batch 7: Z**\n");
    read_checklist(ctx);
    ASSERT_EQ(ctx.draft.left.size(), 1u);
    EXPECT_EQ(ctx.draft.left[0].line, 10);
    EXPECT_EQ(ctx.draft.left[0].text, "from PLAN.md:10: checklist item names no packet: Batch 7: Z");
}

TEST(ReadChecklist, IsThePacketListWhenThereIsNoTable) {
    auto ctx = context_of("- [ ] **Schema**: the index schema (2 days)\n- [ ] **Query API**: endpoints (4h)\n");
    read_checklist(ctx);
    ASSERT_EQ(ctx.draft.packets.size(), 2u);
    EXPECT_EQ(ctx.draft.packets[1].id, "query-api");
    EXPECT_EQ(ctx.draft.packets[1].effort, "4h");
    EXPECT_EQ(ctx.draft.packets[0].tasks, (Ids{"the index schema (2 days)"}));
}

TEST(ReadRuleProse, TurnsAMeasurableRuleIntoATrigger) {
    auto ctx = context_of("1. If stream delay > 2 hours, allocate backup agent\n2. If morale drops, order pizza\n");
    read_rule_prose(ctx);
    ASSERT_EQ(ctx.draft.triggers.size(), 1u);
    EXPECT_EQ(ctx.draft.triggers[0].when, "packet.delay > 2h");
    EXPECT_EQ(ctx.draft.triggers[0].action, "notify");
    EXPECT_EQ(ctx.draft.triggers[0].line, 1);
}

}  // namespace
}  // namespace tollgate
