#include "runner/inventory/validator.hpp"

#include "tests/support/temp_dir.hpp"
#include "tests/unit/inventory/load_text.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using Messages = std::vector<std::string>;

// Loads `text` as tollgate.yml and validates it; the loader must be happy.
Messages validate(const std::string& text) {
    auto r = test::load_yaml(text);
    EXPECT_FALSE(r.diagnostics.has_errors()) << (r.messages.empty() ? "" : r.messages.front());
    Diagnostics d;
    validate_inventory(r.inventory, d);
    Messages out;
    for (const auto& diag : d.sorted()) out.push_back(diag.str());
    return out;
}

TEST(Validator, AcceptsIdsOfLettersDigitsDotsUnderscoresAndDashes) {
    EXPECT_TRUE(is_valid_id("foundation"));
    EXPECT_TRUE(is_valid_id("3A.finance_ui-v2"));
    EXPECT_FALSE(is_valid_id(""));
    EXPECT_FALSE(is_valid_id("-x"));
    EXPECT_FALSE(is_valid_id(".x"));
    EXPECT_FALSE(is_valid_id("a b"));
    EXPECT_FALSE(is_valid_id("a/b"));
    EXPECT_FALSE(is_valid_id("caf\xC3\xA9"));
}

TEST(Validator, AcceptsAConsistentInventory) {
    EXPECT_EQ(validate(R"(version: 1
streams: {backend: {agents: 2}}
packets:
  - id: foundation
    stream: backend
    gates: [migrate]
    branches: [packet/foundation/*]
  - id: services
    after: [foundation, cp-1]
    prefer-after: [foundation]
zones:
  - name: Migrations
    paths: [database/migrations/]
    owner: foundation
gates:
  - id: migrate
    run: make migrate
    changed: ["database/**"]
    metrics: {p95_ms: 'p95=([0-9.]+)ms'}
    coverage: {report: cov.xml, min: 80, branch-min: 0, patch-min: 100}
  - id: rollback
    run: make rollback
    needs: [migrate]
checkpoints:
  - id: cp-1
    after: [foundation]
    gates: [migrate, rollback]
triggers:
  - when: coverage < 80
  - when: migrate.p95_ms > 500
  - when: rollback.duration > 5m
  - when: packet.delay > 4h
  - when: patch-coverage < 90
  - when: branch-coverage < 70
)"),
              Messages{});
}

TEST(Validator, RejectsMalformedIds) {
    EXPECT_EQ(validate("version: 1\npackets:\n  - id: a b\ngates:\n  - {id: -lint, run: x}\n"
                       "streams: {'x/y': {}}\n"),
              (Messages{"tollgate.yml:3:5: error: invalid packet id 'a b' (ids start with a letter or digit "
                        "and use only letters, digits, '.', '_' and '-')",
                        "tollgate.yml:5:5: error: invalid gate id '-lint' (ids start with a letter or digit "
                        "and use only letters, digits, '.', '_' and '-')",
                        "tollgate.yml:6:11: error: invalid stream id 'x/y' (ids start with a letter or digit "
                        "and use only letters, digits, '.', '_' and '-')"}));
}

TEST(Validator, ReportsDuplicateIdsAcrossPacketsGatesAndCheckpointsNamingTheFirst) {
    EXPECT_EQ(validate(R"(version: 1
gates:
  - id: build
    run: make
packets:
  - id: build
  - id: a
checkpoints:
  - id: a
streams: {s: {}, s2: {}}
)"),
              (Messages{"tollgate.yml:6:5: error: duplicate id 'build' (first defined as a gate at "
                        "tollgate.yml:3:5) (packets, gates and checkpoints share one namespace of ids)",
                        "tollgate.yml:9:5: error: duplicate id 'a' (first defined as a packet at "
                        "tollgate.yml:7:5) (packets, gates and checkpoints share one namespace of ids)"}));
}

TEST(Validator, ReportsDuplicateStreams) {
    EXPECT_EQ(validate("version: 1\nstreams:\n  - id: s\n  - id: s\n"),
              Messages{"tollgate.yml:4:5: error: duplicate stream 's' (first defined at tollgate.yml:3:5)"});
}

TEST(Validator, ReportsUnknownReferencesWithSuggestions) {
    EXPECT_EQ(validate(R"(version: 1
packets:
  - id: foundation
    after: [foundaton, nothing-like-it]
    prefer-after: [servics]
    gates: [migrat]
    stream: backnd
  - id: services
zones:
  - name: Z
    paths: [z/]
    owner: [foundatio]
gates:
  - id: migrate
    run: x
    needs: [migrte]
checkpoints:
  - id: cp-1
    after: [cp1]
    gates: [migrate, rolback]
streams: {backend: {}}
)"),
              (Messages{
                  "tollgate.yml:4:13: error: unknown packet or checkpoint 'foundaton' in 'after' (did you mean "
                  "'foundation'?)",
                  "tollgate.yml:4:24: error: unknown packet or checkpoint 'nothing-like-it' in 'after'",
                  "tollgate.yml:5:20: error: unknown packet or checkpoint 'servics' in 'prefer-after' (did you mean "
                  "'services'?)",
                  "tollgate.yml:6:13: error: unknown gate 'migrat' in 'gates' (did you mean 'migrate'?)",
                  "tollgate.yml:7:13: error: unknown stream 'backnd' (did you mean 'backend'?)",
                  "tollgate.yml:12:13: error: unknown packet 'foundatio' in 'owner' (did you mean 'foundation'?)",
                  "tollgate.yml:16:13: error: unknown gate 'migrte' in 'needs' (did you mean 'migrate'?)",
                  "tollgate.yml:19:13: error: unknown packet or checkpoint 'cp1' in 'after' (did you mean 'cp-1'?)",
                  "tollgate.yml:20:22: error: unknown gate 'rolback' in 'gates'",
              }));
}

TEST(Validator, SaysWhenAReferenceNamesTheWrongKindOfThing) {
    EXPECT_EQ(validate(R"(version: 1
packets:
  - id: p
    after: [lint]
    gates: [cp-1]
gates:
  - {id: lint, run: x}
checkpoints:
  - id: cp-1
zones:
  - name: Z
    paths: [z/]
    owner: cp-1
)"),
              (Messages{"tollgate.yml:4:13: error: 'lint' in 'after' is a gate, not a packet or checkpoint",
                        "tollgate.yml:5:13: error: 'cp-1' in 'gates' is a checkpoint, not a gate",
                        "tollgate.yml:13:12: error: 'cp-1' in 'owner' is a checkpoint, not a packet"}));
}

TEST(Validator, ReportsAStreamThatIsNotDeclared) {
    EXPECT_EQ(validate("version: 1\npackets:\n  - id: p\n    stream: backend\n"),
              Messages{"tollgate.yml:4:13: error: unknown stream 'backend' (declare it under 'streams:')"});
}

TEST(Validator, ReportsAPacketPreferringItself) {
    EXPECT_EQ(validate("version: 1\npackets:\n  - id: p\n    prefer-after: [p]\n"),
              Messages{"tollgate.yml:4:20: error: packet 'p' lists itself in 'prefer-after'"});
}

TEST(Validator, ReportsHardDependencyCycles) {
    const Messages m = validate(R"(version: 1
packets:
  - id: a
    after: [b]
  - id: b
    after: [a]
)");
    ASSERT_EQ(m.size(), 1u);
    EXPECT_NE(m[0].find("error: dependency cycle: a -> b -> a"), std::string::npos) << m[0];
}

TEST(Validator, ChecksThresholdsRetriesAndAgents) {
    EXPECT_EQ(validate(R"(version: 1
streams: {s: {agents: 0}}
gates:
  - id: g
    run: x
    retries: -1
    coverage: {report: c.xml, min: 101, branch-min: -5, patch-min: 100}
)"),
              (Messages{"tollgate.yml:2:11: error: stream 's' has 'agents: 0'; it needs at least 1",
                        "tollgate.yml:4:5: error: gate 'g' has 'retries: -1'; it must be 0 or more",
                        "tollgate.yml:7:15: error: 'min' must be between 0 and 100, got 101",
                        "tollgate.yml:7:15: error: 'branch-min' must be between 0 and 100, got -5"}));
}

TEST(Validator, ChecksMetricRegexesAndNames) {
    EXPECT_EQ(validate(R"(version: 1
gates:
  - id: g
    run: x
    metrics:
      none: 'p95=[0-9]+'
      two: '(a)(b)'
      bad: '([0-9'
      ok: '(?:x)=(\d+)'
      duration: '(\d+)'
      a.b: '(\d+)'
      long: ')" + std::string(1001, 'x') +
                       R"('
)"),
              (Messages{"tollgate.yml:6:7: error: metric 'none' of gate 'g': regex has 0 capture groups; it needs "
                        "exactly one (the group captures the number, e.g. 'p95=([0-9.]+)ms'; use (?:...) for others)",
                        "tollgate.yml:7:7: error: metric 'two' of gate 'g': regex has 2 capture groups; it needs "
                        "exactly one (the group captures the number, e.g. 'p95=([0-9.]+)ms'; use (?:...) for others)",
                        "tollgate.yml:8:7: error: metric 'bad' of gate 'g': invalid regex '([0-9': unbalanced [ ]",
                        "tollgate.yml:10:7: error: metric name 'duration' is reserved (GATE.duration is the gate's "
                        "run time)",
                        "tollgate.yml:11:7: error: invalid metric name 'a.b' (use letters, digits, '_' and '-' "
                        "(triggers name it as GATE.METRIC))",
                        "tollgate.yml:12:7: error: metric 'long' of gate 'g': regex is 1001 characters long, over "
                        "the limit of 1000"}));
}

TEST(Validator, ReportsTriggersOnMetricsNothingProduces) {
    EXPECT_EQ(validate(R"(version: 1
gates:
  - {id: api, run: x, metrics: {p95_ms: '(\d+)'}}
triggers:
  - when: coverag < 80
  - when: api.p96_ms > 500
  - when: task-delay > 4h
)"),
              (Messages{"tollgate.yml:5:5: error: trigger names unknown metric 'coverag' (did you mean 'coverage'?)",
                        "tollgate.yml:6:5: error: trigger names unknown metric 'api.p96_ms' (did you mean "
                        "'api.p95_ms'?)",
                        "tollgate.yml:7:5: error: trigger names unknown metric 'task-delay' (known metrics: "
                        "coverage, branch-coverage, patch-coverage, packet.delay, GATE.duration and GATE.METRIC "
                        "for a gate's 'metrics')"}));
}

TEST(Validator, ChecksZoneAndChangedPatterns) {
    EXPECT_EQ(validate(R"(version: 1
packets: [{id: p}]
zones:
  - name: A
    paths: ["", "!vendor/", "ok/"]
    owner: p
gates:
  - id: g
    run: x
    changed: ["!x", "src/**"]
)"),
              (Messages{"tollgate.yml:5:13: error: empty zone pattern",
                        "tollgate.yml:5:17: error: invalid zone pattern '!vendor/': '!' negation is not "
                        "supported by CODEOWNERS (write '\\!' for a literal '!')",
                        "tollgate.yml:10:15: error: invalid 'changed' pattern '!x': '!' negation is not "
                        "supported by CODEOWNERS (write '\\!' for a literal '!')"}));
}

TEST(Validator, ChecksContextPatternsAsPathPatterns) {
    EXPECT_EQ(validate("version: 1\npackets:\n  - id: p\n    context: [\"billing/\", \"!x\"]\n"),
              (Messages{"tollgate.yml:4:27: error: invalid 'context' pattern '!x': '!' negation is not "
                        "supported by CODEOWNERS (write '\\!' for a literal '!')"}));
}

TEST(Validator, WarnsAboutAnUnownedZoneThatIsNotShared) {
    EXPECT_EQ(validate("version: 1\nzones:\n  - name: Docs\n    paths: [docs/]\n    rule: coordinate\n"
                       "  - name: Free\n    paths: [free/]\n    rule: shared\n"),
              Messages{"tollgate.yml:3:5: warning: zone 'Docs' is coordinate but has no owner, so every "
                       "packet's change there is a violation (add 'owner:' or make it 'rule: shared')"});
}

TEST(Validator, ChecksThatDocsExistRelativeToTheInventory) {
    test::TempDir dir;
    dir.write("Docs/B1.md", "# Batch 1\n");
    Inventory inv;
    inv.root_dir = dir.path().string();
    Packet p;
    p.id = "a";
    p.doc = Located{"Docs/B1.md", {"tollgate.yml", 3, 10}};
    inv.packets.push_back(p);
    p.id = "b";
    p.doc = Located{"Docs/B2.md", {"tollgate.yml", 6, 10}};
    inv.packets.push_back(p);
    Diagnostics d;
    validate_inventory(inv, d);
    ASSERT_EQ(d.all().size(), 1u);
    EXPECT_EQ(d.all()[0].str(),
              "tollgate.yml:6:10: error: doc 'Docs/B2.md' does not exist (doc paths are "
              "relative to the inventory's directory)");
}

TEST(Validator, ReportsAnInvalidBranchGlob) {
    const Messages m = validate("version: 1\npackets:\n  - id: p\n    branches: ['packet//x']\n");
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].rfind("tollgate.yml:4:16: error: invalid branch glob 'packet//x': ", 0), 0u) << m[0];
}

}  // namespace
}  // namespace tollgate
