#include "runner/inventory/section_readers.hpp"

#include "tests/unit/inventory/load_text.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::load_yaml;
using Messages = std::vector<std::string>;

TEST(SectionReaders, ReadsEveryPacketKey) {
    const auto r = load_yaml(R"(version: 1
packets:
  - id: foundation
    title: Foundation (DB/Models)
    batch: "1"
    priority: P1
    effort: 2-3d
    stream: backend
    after: [other, cp-1]
    prefer-after: [finance-ui]
    branches: ["packet/foundation", "packet/foundation/*"]
    doc: Docs/B1.md
    gates: [migrate, models-load]
    status: paused
    tasks: [Database migrations, Model creation]
    context: [billing/models/, "Docs/*.md"]
    report: [Tasks completed, Open questions]
    description: |
      Everything else builds on this.
)");
    EXPECT_EQ(r.messages, Messages{});
    ASSERT_EQ(r.inventory.packets.size(), 1u);
    const Packet& p = r.inventory.packets[0];
    EXPECT_EQ(p.id, "foundation");
    EXPECT_EQ(p.title, "Foundation (DB/Models)");
    EXPECT_EQ(p.batch, "1");
    EXPECT_EQ(p.priority, "P1");
    ASSERT_TRUE(p.effort);
    EXPECT_DOUBLE_EQ(p.effort->low_hours, 16);
    EXPECT_DOUBLE_EQ(p.effort->high_hours, 24);
    EXPECT_EQ(p.stream, "backend");
    EXPECT_EQ(p.stream_where.str(), "tollgate.yml:8:13");
    EXPECT_EQ(p.after, (std::vector<Located>{{"other", {}}, {"cp-1", {}}}));
    EXPECT_EQ(p.after[1].where.str(), "tollgate.yml:9:20");
    EXPECT_EQ(p.prefer_after.at(0).value, "finance-ui");
    EXPECT_EQ(p.branches.at(1).value, "packet/foundation/*");
    ASSERT_TRUE(p.doc);
    EXPECT_EQ(p.doc->value, "Docs/B1.md");
    EXPECT_EQ(p.gates.size(), 2u);
    EXPECT_EQ(p.status, PacketStatus::paused);
    EXPECT_EQ(p.tasks, (std::vector<std::string>{"Database migrations", "Model creation"}));
    EXPECT_EQ(p.context, (std::vector<Located>{{"billing/models/", {}}, {"Docs/*.md", {}}}));
    EXPECT_EQ(p.context[1].where.str(), "tollgate.yml:16:32");
    EXPECT_EQ(p.report, (std::vector<std::string>{"Tasks completed", "Open questions"}));
    EXPECT_EQ(p.description, "Everything else builds on this.\n");
    EXPECT_EQ(p.where.str(), "tollgate.yml:3:5");
}

TEST(SectionReaders, LeavesReportUnsetWhenThePacketGivesNone) {
    const auto r = load_yaml("version: 1\npackets:\n  - id: a\n    context: billing/\n");
    EXPECT_EQ(r.messages, Messages{});
    ASSERT_EQ(r.inventory.packets.size(), 1u);
    EXPECT_FALSE(r.inventory.packets[0].report);
    EXPECT_EQ(r.inventory.packets[0].context.at(0).value, "billing/");
}

TEST(SectionReaders, ReportsAnEmptyReportListAndEmptyItemsAtTheirKey) {
    const auto r = load_yaml(R"(version: 1
packets:
  - id: a
    report: []
  - id: b
    report: [ok, " "]
  - id: c
    context: {x: 1}
)");
    EXPECT_EQ(r.messages, (Messages{
                              "tollgate.yml:4:13: error: 'report' lists no items (omit 'report' for the "
                              "default four items)",
                              "tollgate.yml:6:13: error: 'report' has an empty item",
                              "tollgate.yml:8:14: error: 'context' must be a list, got a mapping",
                          }));
}

TEST(SectionReaders, ReportsEveryBadPacketValueAndKeepsTheRest) {
    const auto r = load_yaml(R"(version: 1
packets:
  - id: a
    effort: 2-3x
    status: finished
    after: {x: 1}
    tasks: [ok, [nested]]
    title: Kept
  - title: no id
  - just-a-string
)");
    EXPECT_EQ(r.messages,
              (Messages{
                  "tollgate.yml:4:13: error: 'effort' must look like 3, 2-3d or 4h, got \"2-3x\" "
                  "(N or N-M hours (h) or days (d, the default))",
                  "tollgate.yml:5:13: error: 'status' must be one of done, paused, dropped, got \"finished\"",
                  "tollgate.yml:6:12: error: 'after' must be a list, got a mapping",
                  "tollgate.yml:7:17: error: each item of 'tasks' must be a string, got a list",
                  "tollgate.yml:9:5: error: packet has no 'id'",
                  "tollgate.yml:10:5: error: each packet must be a mapping, got \"just-a-string\"",
              }));
    ASSERT_EQ(r.inventory.packets.size(), 1u);
    EXPECT_EQ(r.inventory.packets[0].title, "Kept");
}

TEST(SectionReaders, ReadsStreamsWrittenAsAMapping) {
    const auto r = load_yaml(R"(version: 1
streams:
  backend: {title: Backend, priority: critical, type: backend, agents: 2, description: API}
  frontend:
)");
    EXPECT_EQ(r.messages, Messages{});
    ASSERT_EQ(r.inventory.streams.size(), 2u);
    const Stream& s = r.inventory.streams[0];
    EXPECT_EQ(s.id, "backend");
    EXPECT_EQ(s.title, "Backend");
    EXPECT_EQ(s.priority, "critical");
    EXPECT_EQ(s.type, "backend");
    EXPECT_EQ(s.agents, 2);
    EXPECT_EQ(s.description, "API");
    EXPECT_EQ(s.where.str(), "tollgate.yml:3:3");
    EXPECT_EQ(r.inventory.streams[1].agents, 1);
}

TEST(SectionReaders, ReadsStreamsWrittenAsAListLikeSeed003) {
    const auto r = load_yaml(R"(version: 1
streams:
  - id: stream-a-backend
    type: backend
    agents: 2
    priority: critical
  - type: qa
)");
    EXPECT_EQ(r.messages, Messages{"tollgate.yml:7:5: error: stream has no 'id'"});
    ASSERT_EQ(r.inventory.streams.size(), 1u);
    EXPECT_EQ(r.inventory.streams[0].id, "stream-a-backend");
    EXPECT_EQ(r.inventory.streams[0].agents, 2);
}

TEST(SectionReaders, ReportsUnknownStreamKeysAndBadAgents) {
    const auto r = load_yaml(R"(version: 1
streams:
  backend: {titel: B, agents: two}
)");
    EXPECT_EQ(r.messages, (Messages{"tollgate.yml:3:13: error: unknown key 'titel' in stream (did you mean 'title'?)",
                                    "tollgate.yml:3:31: error: 'agents' must be a whole number, got \"two\""}));
}

TEST(SectionReaders, ReadsZonesWithOneOrManyOwners) {
    const auto r = load_yaml(R"(version: 1
zones:
  - name: Migrations
    paths: ["database/migrations/", "**/Migrations/"]
    owner: foundation
    rule: exclusive
    coordination: Timestamp ordering
  - name: Models
    paths: app/Models/
    owner: [foundation, services]
    rule: extend
  - name: Shared
    paths: [docs/]
    rule: shared
)");
    EXPECT_EQ(r.messages, Messages{});
    ASSERT_EQ(r.inventory.zones.size(), 3u);
    const Zone& z = r.inventory.zones[0];
    EXPECT_EQ(z.name, "Migrations");
    EXPECT_EQ(z.paths.size(), 2u);
    EXPECT_EQ(z.paths[1].where.str(), "tollgate.yml:4:37");
    EXPECT_EQ(z.owners.at(0).value, "foundation");
    EXPECT_EQ(z.rule, ZoneRule::exclusive);
    EXPECT_EQ(z.coordination, "Timestamp ordering");
    EXPECT_EQ(r.inventory.zones[1].paths.at(0).value, "app/Models/");
    EXPECT_EQ(r.inventory.zones[1].owners.size(), 2u);
    EXPECT_EQ(r.inventory.zones[1].rule, ZoneRule::extend);
    EXPECT_EQ(r.inventory.zones[2].rule, ZoneRule::shared);
}

TEST(SectionReaders, ReportsZonesWithoutNameOrPathsAndBadRules) {
    const auto r = load_yaml(R"(version: 1
zones:
  - paths: [x/]
  - name: Empty
    paths: []
  - name: Missing
    rule: coordinat
)");
    EXPECT_EQ(r.messages, (Messages{"tollgate.yml:3:5: error: zone has no 'name'",
                                    "tollgate.yml:5:12: error: zone 'Empty' lists no paths",
                                    "tollgate.yml:6:5: error: zone 'Missing' has no 'paths'",
                                    "tollgate.yml:7:11: error: 'rule' must be one of exclusive, extend, coordinate, "
                                    "shared, got \"coordinat\" (did you mean 'coordinate'?)"}));
}

TEST(SectionReaders, ReadsCheckpointsWithDayOrDateAndNameAsTitle) {
    const auto r = load_yaml(R"(version: 1
checkpoints:
  - id: cp-1
    title: Database Schema Validation
    after: [foundation]
    due: 1
    blocker: true
    gates: [migrate, rollback]
    criteria: [All migrations tested, Rollback verified]
  - id: cp-2
    name: "API Contract Lock"
    due: 2025-01-23
    blocker: false
)");
    EXPECT_EQ(r.messages, Messages{});
    ASSERT_EQ(r.inventory.checkpoints.size(), 2u);
    const Checkpoint& c = r.inventory.checkpoints[0];
    EXPECT_EQ(c.title, "Database Schema Validation");
    EXPECT_EQ(c.after.at(0).value, "foundation");
    ASSERT_TRUE(c.due && c.due->day);
    EXPECT_EQ(*c.due->day, 1);
    EXPECT_FALSE(c.due->date);
    EXPECT_TRUE(c.blocker);
    EXPECT_EQ(c.gates.size(), 2u);
    EXPECT_EQ(c.criteria.size(), 2u);
    const Checkpoint& c2 = r.inventory.checkpoints[1];
    EXPECT_EQ(c2.title, "API Contract Lock");
    ASSERT_TRUE(c2.due && c2.due->date);
    EXPECT_EQ(c2.due->date->str(), "2025-01-23");
    EXPECT_FALSE(c2.blocker);
}

TEST(SectionReaders, ReportsBadCheckpointValues) {
    const auto r = load_yaml(R"(version: 1
checkpoints:
  - id: cp-1
    title: A
    name: B
    due: -1
    blocker: sometimes
  - id: cp-2
    due: 2025-02-30
)");
    EXPECT_EQ(r.messages, (Messages{"tollgate.yml:5:5: error: checkpoint has both 'title' and 'name' "
                                    "('name' is another spelling of 'title'; keep one)",
                                    "tollgate.yml:6:10: error: 'due' must be a day number (0 or more) or a date "
                                    "YYYY-MM-DD, got \"-1\"",
                                    "tollgate.yml:7:14: error: 'blocker' must be true or false, got \"sometimes\"",
                                    "tollgate.yml:9:10: error: 'due' must be a day number (0 or more) or a date "
                                    "YYYY-MM-DD, got \"2025-02-30\""}));
}

TEST(SectionReaders, ParsesTriggerConditions) {
    const auto r = load_yaml(R"(version: 1
triggers:
  - when: coverage < 80
    action: block
    severity: high
    message: block-deployment
  - when: packet.delay > 4h
    action: notify
  - when: api.p95_ms > 500
)");
    EXPECT_EQ(r.messages, Messages{});
    ASSERT_EQ(r.inventory.triggers.size(), 3u);
    const Trigger& t = r.inventory.triggers[0];
    EXPECT_EQ(t.when, "coverage < 80");
    ASSERT_TRUE(t.expr);
    EXPECT_EQ(t.expr->metric, "coverage");
    EXPECT_EQ(t.action, TriggerAction::block);
    EXPECT_EQ(t.severity, "high");
    EXPECT_EQ(t.message, "block-deployment");
    EXPECT_EQ(r.inventory.triggers[1].action, TriggerAction::notify);
    EXPECT_DOUBLE_EQ(r.inventory.triggers[1].expr->value, 4 * 3'600'000.0);
    EXPECT_EQ(r.inventory.triggers[2].action, TriggerAction::warn);
}

TEST(SectionReaders, PointsAtTheFaultyCharacterOfATriggerCondition) {
    const auto r = load_yaml(R"(version: 1
triggers:
  - when: coverage ~ 80
  - when: "coverage < 80parsecs"
    action: page
  - action: warn
)");
    EXPECT_EQ(r.messages,
              (Messages{"tollgate.yml:3:20: error: invalid trigger condition 'coverage ~ 80': expected a "
                        "comparison (<, <=, >, >=, ==, !=) (write 'metric OP value', e.g. 'coverage < 80')",
                        "tollgate.yml:4:25: error: invalid trigger condition 'coverage < 80parsecs': unknown "
                        "unit 'parsecs' (use %, ms, s, m, h or d) (write 'metric OP value', e.g. "
                        "'coverage < 80')",
                        "tollgate.yml:5:13: error: 'action' must be one of block, warn, notify, got \"page\"",
                        "tollgate.yml:6:5: error: trigger has no 'when'"}));
}

TEST(SectionReaders, ReportsASectionOfTheWrongType) {
    const auto r = load_yaml(R"(version: 1
packets: {id: a}
zones: none
gates:
checkpoints: [[]]
)");
    EXPECT_EQ(r.messages, (Messages{"tollgate.yml:2:10: error: 'packets' must be a list, got a mapping",
                                    "tollgate.yml:3:8: error: 'zones' must be a list, got \"none\"",
                                    "tollgate.yml:5:15: error: each checkpoint must be a mapping, got a list"}));
}

}  // namespace
}  // namespace tollgate
