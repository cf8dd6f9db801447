#include "runner/init/plan_fences.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

PlanContext context_of(const std::string& markdown) {
    PlanContext ctx;
    ctx.blocks = read_markdown_blocks(markdown);
    ctx.used.assign(ctx.blocks.size(), false);
    ctx.draft.file = "PLAN.md";
    return ctx;
}

TEST(MapTriggerCondition, MapsOnlyWhereTheMetricIsClear) {
    EXPECT_EQ(map_trigger_condition("test-coverage < 80%"), "coverage < 80");
    EXPECT_EQ(map_trigger_condition("task-delay > 4 hours"), "packet.delay > 4h");
    EXPECT_EQ(map_trigger_condition("stream delay > 2 hours"), "packet.delay > 2h");
    EXPECT_EQ(map_trigger_condition("branch-coverage < 70"), "branch-coverage < 70");
    EXPECT_EQ(map_trigger_condition("api-response > 500ms"), "");
    EXPECT_EQ(map_trigger_condition("critical-bug-found"), "");
}

TEST(MapTriggerAction, BlocksOnBlockingWordsOrCriticalSeverity) {
    EXPECT_EQ(map_trigger_action("block-deployment", "high"), "block");
    EXPECT_EQ(map_trigger_action("all-hands-alert", "critical"), "block");
    EXPECT_EQ(map_trigger_action("performance-review", "medium"), "warn");
    EXPECT_EQ(map_trigger_action("escalate-to-lead", "medium"), "notify");
}

TEST(ReadYamlFences, DraftsStreamsCheckpointsAndTriggersWithTheirLines) {
    auto ctx = context_of(
        "```yaml\n"
        "streams:\n"
        "  - id: backend\n"
        "    priority: critical\n"
        "    agents: 2\n"
        "checkpoints:\n"
        "  - id: cp-1\n"
        "    name: Schema\n"
        "    day: 2\n"
        "    criteria: [Migrations tested]\n"
        "risk-triggers:\n"
        "  - condition: \"test-coverage < 80%\"\n"
        "    action: block-deployment\n"
        "    severity: high\n"
        "sync: daily\n"
        "```\n");
    read_yaml_fences(ctx);
    auto& d = ctx.draft;
    ASSERT_EQ(d.streams.size(), 1u);
    EXPECT_EQ(d.streams[0].agents, 2);
    ASSERT_EQ(d.checkpoints.size(), 1u);
    EXPECT_EQ(d.checkpoints[0].title, "Schema");
    EXPECT_EQ(d.checkpoints[0].due, 2);
    EXPECT_EQ(d.checkpoints[0].criteria, (std::vector<std::string>{"Migrations tested"}));
    EXPECT_EQ(d.checkpoints[0].comments.at(0), "from PLAN.md:7: checkpoint cp-1 Schema");
    ASSERT_EQ(d.triggers.size(), 1u);
    EXPECT_EQ(d.triggers[0].when, "coverage < 80");
    EXPECT_EQ(d.triggers[0].action, "block");
    ASSERT_EQ(d.left.size(), 1u);
    EXPECT_EQ(d.left[0], "from PLAN.md:15: YAML 'sync:' (no inventory key holds it)");
}

TEST(ReadShellFences, MakesGatesOfACheckpointNamedByItsHeading) {
    auto ctx = context_of(
        "| Batch | Name |\n|---|---|\n| 1 | Foundation |\n| 3A | UI a |\n| 3B | UI b |\n\n"
        "### After Batch 1\n```bash\n# Migrations apply\nphp artisan migrate\n```\n"
        "### After Batch 3 (any)\n```bash\n# Visual inspection\n# Open /invoices\n```\n"
        "### Deploy notes\n```bash\n./deploy.sh\n```\n");
    ctx.draft.packets = {};
    // packets come from the table reader in the real order of reading
    DraftPacket one;
    one.id = "batch-1";
    one.batch = "1";
    DraftPacket a = one;
    a.id = "batch-3a";
    a.batch = "3A";
    DraftPacket b = one;
    b.id = "batch-3b";
    b.batch = "3B";
    ctx.draft.packets = {one, a, b};
    read_shell_fences(ctx);
    auto& d = ctx.draft;
    ASSERT_EQ(d.gates.size(), 2u);
    EXPECT_EQ(d.gates[0].id, "migrations-apply");
    EXPECT_EQ(d.gates[0].run, "php artisan migrate");
    EXPECT_FALSE(d.gates[0].manual);
    EXPECT_TRUE(d.gates[1].manual);
    ASSERT_EQ(d.checkpoints.size(), 3u);
    EXPECT_EQ(d.checkpoints[0].id, "after-batch-1");
    EXPECT_EQ(d.checkpoints[0].after, (std::vector<std::string>{"batch-1"}));
    EXPECT_EQ(d.checkpoints[1].id, "after-batch-3a");
    EXPECT_EQ(d.checkpoints[2].id, "after-batch-3b");
    EXPECT_EQ(d.checkpoints[2].criteria, (std::vector<std::string>{"Open /invoices"}));
}

}  // namespace
}  // namespace tollgate
