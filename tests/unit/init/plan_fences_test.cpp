#include "runner/init/plan_fences.hpp"

#include "runner/init/plan_tables.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

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
    auto ctx = start_plan_context(
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
        "```\n",
        "PLAN.md");
    read_yaml_fences(ctx);
    auto& d = ctx.draft;
    ASSERT_EQ(d.streams.size(), 1u);
    EXPECT_EQ(d.streams[0].agents, 2);
    EXPECT_EQ(d.streams[0].line, 3);
    ASSERT_EQ(d.checkpoints.size(), 1u);
    EXPECT_EQ(d.checkpoints[0].title, "Schema");
    EXPECT_EQ(d.checkpoints[0].due, 2);
    EXPECT_EQ(d.checkpoints[0].criteria, (std::vector<std::string>{"Migrations tested"}));
    EXPECT_EQ(d.checkpoints[0].comments.at(0), "from PLAN.md:7: checkpoint cp-1 Schema");
    EXPECT_EQ(d.checkpoints[0].line, 7);
    ASSERT_EQ(d.triggers.size(), 1u);
    EXPECT_EQ(d.triggers[0].when, "coverage < 80");
    EXPECT_EQ(d.triggers[0].action, "block");
    EXPECT_EQ(d.triggers[0].line, 12);
    ASSERT_EQ(d.left.size(), 1u);
    EXPECT_EQ(d.left[0].line, 15);
    EXPECT_EQ(d.left[0].text, "from PLAN.md:15: YAML 'sync:' (no inventory key holds it)");
}

TEST(ReadShellFences, MakesGatesOfACheckpointNamedByItsHeading) {
    auto ctx = start_plan_context(
        "| Batch | Name |\n|---|---|\n| 1 | Foundation |\n| 3A | UI a |\n| 3B | UI b |\n\n"
        "### After Batch 1\n```bash\n# Migrations apply\nphp artisan migrate\n```\n"
        "### After Batch 3 (any)\n```bash\n# Visual inspection\n# Open /invoices\n```\n"
        "### Deploy notes\n```bash\n./deploy.sh\n```\n",
        "PLAN.md");
    read_packet_tables(ctx);  // the packets, drafted before the fences are read
    read_shell_fences(ctx);
    auto& d = ctx.draft;
    ASSERT_EQ(d.gates.size(), 2u);
    EXPECT_EQ(d.gates[0].id, "migrations-apply");
    EXPECT_EQ(d.gates[0].run, "php artisan migrate");
    EXPECT_FALSE(d.gates[0].manual);
    EXPECT_TRUE(d.gates[1].manual);
    EXPECT_EQ(d.gates[0].line, 10);  // its command
    EXPECT_EQ(d.gates[1].line, 13);  // the block of comments
    ASSERT_EQ(d.checkpoints.size(), 3u);
    EXPECT_EQ(d.checkpoints[0].id, "after-batch-1");
    EXPECT_EQ(d.checkpoints[0].after, (std::vector<std::string>{"batch-1"}));
    EXPECT_EQ(d.checkpoints[1].id, "after-batch-3a");
    EXPECT_EQ(d.checkpoints[2].id, "after-batch-3b");
    EXPECT_EQ(d.checkpoints[2].criteria, (std::vector<std::string>{"Open /invoices"}));
    // Made from a heading and the block under it: the heading's line, the first of both.
    EXPECT_EQ(d.checkpoints[0].line, 7);
    EXPECT_EQ(d.checkpoints[1].line, 12);
    EXPECT_EQ(d.checkpoints[2].line, 12);
}

}  // namespace
}  // namespace tollgate
