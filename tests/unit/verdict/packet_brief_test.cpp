#include "runner/verdict/packet_brief.hpp"

#include "runner/core/error.hpp"
#include "tests/unit/inventory/load_text.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

Inventory plan() {
    auto r = test::load_yaml(R"(version: 1
project: Brief
base: main
streams:
  backend: {title: Backend}
packets:
  - id: models
    branches: ["packet/models/*", "packet/models"]
    context: [app/models/base.py]
    gates: [unit]
  - id: ui
    title: The UI
    batch: 3A
    priority: P1
    effort: 2d
    stream: backend
    after: [models, cp-1]
    branches: ["packet/ui"]
    doc: docs/ui.md
    context: ["docs/*.md"]
    tasks: [Views, Routes]
    report: [Screens built]
zones:
  - {name: Models, paths: ["app/models/"], owner: models, rule: extend}
  - {name: Services, paths: ["app/services/"], owner: models, rule: coordinate, coordination: Interfaces}
  - {name: Db, paths: ["db/"], owner: models, rule: exclusive}
  - {name: Orphan, paths: ["legacy/"], rule: coordinate}
  - {name: Ui, paths: ["app/ui/"], owner: ui, rule: exclusive}
  - {name: Docs, paths: ["docs/"], rule: shared}
gates:
  - {id: unit, run: "true"}
  - {id: e2e, run: "true", changed: ["app/ui/**"]}
  - {id: cov, run: "true", coverage: {report: c.xml, min: 80, patch-min: 70, packets: {ui: 60}, zones: {Ui: 75}}}
  - {id: lint, run: [ruff, "check dir"]}
checkpoints:
  - {id: cp-1, after: [models], gates: [unit]}
  - {id: cp-2, after: [ui], gates: [cov], due: 4, criteria: [Pages render]}
triggers:
  - {when: "coverage < 50", action: block, message: Coverage collapsed}
  - {when: "lint.duration > 5m", action: block}
  - {when: "packet.delay > 2d", action: warn}
)");
    EXPECT_FALSE(r.diagnostics.has_errors()) << (r.messages.empty() ? "" : r.messages.front());
    return r.inventory;
}

TEST(PacketBrief, SaysForEachZoneWhatThePacketMayDoThere) {
    const PacketBrief b = make_packet_brief(plan(), "ui");
    ASSERT_EQ(b.zones.size(), 6u);
    EXPECT_EQ(b.zones[0].access, ZoneAccess::extend);
    EXPECT_EQ(b.zones[1].access, ZoneAccess::coordinate);
    EXPECT_EQ(b.zones[1].requires_text,
              "Needs a 'Coordinated-With: models' trailer on a commit of the branch (any one owner may be named), or "
              "--ack models");
    EXPECT_EQ(b.zones[2].access, ZoneAccess::must_not_touch);
    EXPECT_EQ(b.zones[3].access, ZoneAccess::must_not_touch) << "no owner can coordinate";
    EXPECT_EQ(b.zones[4].access, ZoneAccess::owned);
    EXPECT_EQ(b.zones[5].access, ZoneAccess::shared);
    EXPECT_EQ(b.zones_with(ZoneAccess::must_not_touch).size(), 2u);
}

TEST(PacketBrief, CarriesThePacketItsContextAndTheContextOfWhatItWaitsFor) {
    const PacketBrief b = make_packet_brief(plan(), "ui");
    EXPECT_EQ(b.title, "The UI");
    EXPECT_EQ(b.batch, "3A");
    EXPECT_EQ(b.effort, "2d");
    EXPECT_EQ(b.stream_title, "Backend");
    ASSERT_EQ(b.context.size(), 3u);
    EXPECT_EQ(b.context[0].path, "docs/ui.md");
    EXPECT_EQ(b.context[0].source, "doc");
    EXPECT_EQ(b.context[1].path, "docs/*.md");
    EXPECT_EQ(b.context[2].path, "app/models/base.py");
    EXPECT_EQ(b.context[2].source, "context of models");
    EXPECT_EQ(b.tasks, (std::vector<std::string>{"Views", "Routes"}));
    EXPECT_EQ(b.branch, "packet/ui");
    EXPECT_EQ(b.report, (std::vector<std::string>{"Screens built"}));
    EXPECT_FALSE(b.report_is_default);
    EXPECT_EQ(b.run_command, "tollgate run --packet ui");
    EXPECT_EQ(b.zone_check_command, "tollgate zones --packet ui --");
}

TEST(PacketBrief, ListsTheGatesCheckRunsThresholdsCheckpointsAndBlockingTriggers) {
    const PacketBrief b = make_packet_brief(plan(), "ui");
    ASSERT_EQ(b.gates.size(), 2u);
    EXPECT_EQ(b.gates[0].id, "e2e");
    EXPECT_TRUE(b.gates[0].conditional);
    EXPECT_EQ(b.gates[0].why, (std::vector<std::string>{"when the change touches app/ui/**"}));
    EXPECT_EQ(b.gates[1].id, "cov");
    EXPECT_EQ(b.gates[1].why, (std::vector<std::string>{"checkpoint cp-2"}));
    ASSERT_EQ(b.thresholds.size(), 3u);
    EXPECT_EQ(b.thresholds[0].scope, "packet ui");
    EXPECT_EQ(b.thresholds[0].min, 60);
    EXPECT_EQ(b.thresholds[1].scope, "patch");
    EXPECT_EQ(b.thresholds[2].scope, "zone Ui");
    ASSERT_EQ(b.checkpoints.size(), 2u);
    EXPECT_EQ(b.checkpoints[0].id, "cp-1");
    EXPECT_EQ(b.checkpoints[0].role, "waits for");
    EXPECT_EQ(b.checkpoints[1].role, "completes");
    EXPECT_EQ(b.checkpoints[1].due, "day 4");
    ASSERT_EQ(b.triggers.size(), 1u) << "lint does not run for ui; warn triggers do not block";
    EXPECT_EQ(b.triggers[0].when, "coverage < 50");
}

TEST(PacketBrief, DefaultsToTheTemplatesFourReportItemsAndQuotesArgvCommands) {
    const PacketBrief b = make_packet_brief(plan(), "models");
    EXPECT_EQ(b.report, default_completion_report());
    EXPECT_TRUE(b.report_is_default);
    EXPECT_EQ(b.branch, "packet/models") << "the first literal name, not the glob before it";
    ASSERT_FALSE(b.gates.empty());
    EXPECT_EQ(b.gates[0].id, "unit");
    EXPECT_EQ(b.gates[0].why, (std::vector<std::string>{"packet models", "checkpoint cp-1"}));
}

TEST(PacketBrief, RefusesAnUnknownPacketWithAGuess) {
    try {
        (void)make_packet_brief(plan(), "uj");
        FAIL() << "expected a UsageError";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "unknown packet 'uj'");
        EXPECT_EQ(e.hint(), "did you mean 'ui'?");
    }
}

}  // namespace
}  // namespace tollgate
