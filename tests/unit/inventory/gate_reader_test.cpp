// Tests for runner/inventory/gate_reader.cpp (read_gates).
#include "runner/inventory/section_readers.hpp"

#include "tests/unit/inventory/load_text.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::load_yaml;
using Messages = std::vector<std::string>;

TEST(GateReader, ReadsEveryGateKey) {
    const auto r = load_yaml(R"(version: 1
gates:
  - id: migrate
    title: Migrations apply
    run: php artisan migrate --pretend
    cwd: backend
    timeout: 5m
    env: {APP_ENV: testing, WORKERS: 4}
    env-allow: [PATH, HOME]
    changed: ["database/**"]
    labels: [db, cp-1]
    needs: [composer-install]
    retries: 2
    manual: false
    coverage:
      report: build/coverage.xml
      format: cobertura
      min: 80
      branch-min: 70.5
      patch-min: 90%
      no-drop: true
    metrics:
      p95_ms: 'p95=([0-9.]+)ms'
      rows: 'rows: (\d+)'
)");
    EXPECT_EQ(r.messages, Messages{});
    ASSERT_EQ(r.inventory.gates.size(), 1u);
    const Gate& g = r.inventory.gates[0];
    EXPECT_EQ(g.id, "migrate");
    EXPECT_EQ(g.title, "Migrations apply");
    EXPECT_FALSE(g.run.is_argv);
    EXPECT_EQ(g.run.text, "php artisan migrate --pretend");
    EXPECT_EQ(g.run.where.str(), "tollgate.yml:5:10");
    EXPECT_EQ(g.cwd, "backend");
    EXPECT_EQ(g.timeout, Millis(300'000));
    EXPECT_EQ(g.env, (std::map<std::string, std::string>{{"APP_ENV", "testing"}, {"WORKERS", "4"}}));
    EXPECT_EQ(g.env_allow, (std::vector<std::string>{"PATH", "HOME"}));
    EXPECT_EQ(g.changed.at(0).value, "database/**");
    EXPECT_EQ(g.labels, (std::vector<std::string>{"db", "cp-1"}));
    EXPECT_EQ(g.needs.at(0).value, "composer-install");
    EXPECT_EQ(g.retries, 2);
    EXPECT_FALSE(g.manual);
    ASSERT_TRUE(g.coverage);
    EXPECT_EQ(g.coverage->report.value, "build/coverage.xml");
    EXPECT_EQ(g.coverage->format, CoverageFormat::cobertura);
    EXPECT_EQ(g.coverage->min, 80);
    EXPECT_EQ(g.coverage->branch_min, 70.5);
    EXPECT_EQ(g.coverage->patch_min, 90);
    EXPECT_TRUE(g.coverage->no_drop);
    ASSERT_EQ(g.metrics.size(), 2u);
    EXPECT_EQ(g.metrics[0].name, "p95_ms");
    EXPECT_EQ(g.metrics[0].regex, "p95=([0-9.]+)ms");
    EXPECT_EQ(g.metrics[1].regex, "rows: (\\d+)");
}

TEST(GateReader, ReadsAnArgvCommandAndDefaults) {
    const auto r = load_yaml(R"(version: 1
gates:
  - id: lint
    run: [php, -l, "file with spaces.php"]
  - id: visual
    manual: true
)");
    EXPECT_EQ(r.messages, Messages{});
    ASSERT_EQ(r.inventory.gates.size(), 2u);
    const Gate& g = r.inventory.gates[0];
    EXPECT_TRUE(g.run.is_argv);
    EXPECT_EQ(g.run.argv, (std::vector<std::string>{"php", "-l", "file with spaces.php"}));
    EXPECT_EQ(g.cwd, ".");
    EXPECT_FALSE(g.timeout);
    EXPECT_FALSE(g.env_allow);
    EXPECT_EQ(g.retries, 0);
    EXPECT_FALSE(g.coverage);
    EXPECT_TRUE(r.inventory.gates[1].manual);
}

TEST(GateReader, ReportsEveryBadGateValue) {
    const auto r = load_yaml(R"(version: 1
gates:
  - id: a
    run: []
    timeout: 5 minutes
    retries: three
    manual: perhaps
    env: [A=1]
    coverage: {format: xml, min: high}
    metrics: {p95: [x]}
  - id: b
  - id: c
    run: {sh: x}
    timeout: 0s
  - id: d
    run: "  "
    retries: 99999999999
)");
    EXPECT_EQ(r.messages,
              (Messages{
                  "tollgate.yml:4:10: error: 'run' must name a program first",
                  "tollgate.yml:5:14: error: 'timeout' must be a duration such as 90s, 5m or 1h30m, got \"5 minutes\"",
                  "tollgate.yml:6:14: error: 'retries' must be a whole number, got \"three\"",
                  "tollgate.yml:7:13: error: 'manual' must be true or false, got \"perhaps\"",
                  "tollgate.yml:8:10: error: 'env' must be a mapping, got a list",
                  "tollgate.yml:9:15: error: coverage of gate 'a' has no 'report' (name the report file the gate's "
                  "command writes)",
                  "tollgate.yml:9:24: error: 'format' must be one of auto, lcov, cobertura, jacoco, gcovr-json, "
                  "llvm-json, go, got \"xml\"",
                  "tollgate.yml:9:34: error: 'min' must be a number, got \"high\"",
                  "tollgate.yml:10:20: error: 'metrics.p95' must be a string, got a list",
                  "tollgate.yml:11:5: error: gate 'b' has no 'run' (give it a command, or 'manual: true' for a "
                  "sign-off gate)",
                  "tollgate.yml:13:10: error: 'run' must be a command string or a list of arguments, got a mapping",
                  "tollgate.yml:14:14: error: 'timeout' must be a duration such as 90s, 5m or 1h30m, got \"0s\"",
                  "tollgate.yml:16:10: error: 'run' is empty",
                  "tollgate.yml:17:14: error: 'retries' is out of range",
              }));
    EXPECT_EQ(r.inventory.gates.size(), 4u);
}

TEST(GateReader, ReportsAnUnknownGateKeyWithAHint) {
    const auto r = load_yaml(R"(version: 1
gates:
  - id: a
    run: make
    need: [b]
    coverage: {report: x, branch_min: 3}
)");
    EXPECT_EQ(
        r.messages,
        (Messages{"tollgate.yml:5:5: error: unknown key 'need' in gate (did you mean 'needs'?)",
                  "tollgate.yml:6:27: error: unknown key 'branch_min' in coverage (did you mean 'branch-min'?)"}));
}

TEST(GateReader, ReadsPerZoneAndPerPacketCoverageMinimums) {
    const auto r = load_yaml(R"(version: 1
packets: [{id: batch-1}]
zones: [{name: Migrations, paths: [db/], owner: batch-1}]
gates:
  - id: cov
    run: "true"
    coverage: {report: c.xml, zones: {Migrations: 90}, packets: {batch-1: 85%}}
)",
                             true);
    EXPECT_EQ(r.messages, Messages{});
    const auto& c = *r.inventory.gates[0].coverage;
    ASSERT_EQ(c.zone_min.size(), 1u);
    EXPECT_EQ(c.zone_min[0].first.value, "Migrations");
    EXPECT_EQ(c.zone_min[0].second, 90);
    ASSERT_EQ(c.packet_min.size(), 1u);
    EXPECT_EQ(c.packet_min[0].first.value, "batch-1");
    EXPECT_EQ(c.packet_min[0].second, 85);
}

TEST(GateReader, ReportsUnknownZonesAndPacketsAndBadMinimumsWithPositions) {
    const auto r = load_yaml(R"(version: 1
packets: [{id: batch-1}]
zones: [{name: Migrations, paths: [db/], owner: batch-1}]
gates:
  - id: cov
    run: "true"
    coverage: {report: c.xml, zones: {Migration: 90, Migrations: lots}, packets: {batch-2: 85}}
)",
                             true);
    EXPECT_EQ(
        r.messages,
        (Messages{"tollgate.yml:7:39: error: unknown zone 'Migration' in coverage 'zones' (did you mean 'Migrations'?)",
                  "tollgate.yml:7:66: error: coverage minimum for 'Migrations' must be a percentage between 0 and "
                  "100, got 'lots'",
                  "tollgate.yml:7:83: error: unknown packet 'batch-2' in coverage 'packets' (did you mean "
                  "'batch-1'?)"}));
}

TEST(GateReader, ReadsPassEnvNamesWithTheirPositions) {
    const auto r = load_yaml(R"(version: 1
gates:
  - id: deploy-preview
    run: ./preview.sh
    pass-env: [PREVIEW_TOKEN, DB_PASSWORD]
)");
    EXPECT_EQ(r.messages, Messages{});
    const Gate& g = r.inventory.gates.at(0);
    ASSERT_EQ(g.pass_env.size(), 2u);
    EXPECT_EQ(g.pass_env[0].value, "PREVIEW_TOKEN");
    EXPECT_EQ(g.pass_env[1].where.str(), "tollgate.yml:5:31");
}

TEST(GateReader, RefusesPassEnvEntriesThatAreNotVariableNames) {
    const std::string hint = " (names are letters, digits and '_', not starting with a digit)";
    const auto r = load_yaml(R"(version: 1
gates:
  - id: a
    run: make
    pass-env: ["GITHUB_TOKEN=x", "1ABC", OK_TOKEN, ""]
)");
    EXPECT_EQ(
        r.messages,
        (Messages{
            "tollgate.yml:5:16: error: 'pass-env' entry 'GITHUB_TOKEN=x' is not an environment variable name" + hint,
            "tollgate.yml:5:34: error: 'pass-env' entry '1ABC' is not an environment variable name" + hint,
            "tollgate.yml:5:52: error: 'pass-env' entry '' is not an environment variable name" + hint}));
    ASSERT_EQ(r.inventory.gates.at(0).pass_env.size(), 1u);
    EXPECT_EQ(r.inventory.gates.at(0).pass_env[0].value, "OK_TOKEN");
}

}  // namespace
}  // namespace tollgate
