#include "runner/verdict/triggers.hpp"

#include "tests/unit/verdict/verdict_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

Inventory with_triggers(const std::string& triggers) {
    return test::load_yaml(std::string(test::k_plan) + "triggers:\n" + triggers, true).inventory;
}

RunResult run_with_coverage(double line) {
    RunResult run;
    GateResult g = test::gate_result("unit", GateStatus::passed);
    g.coverage = CoverageFigures{line, std::nullopt, std::nullopt};
    g.metrics["p95_ms"] = 620;
    g.duration = Millis(90'000);
    run.gates.push_back(g);
    return run;
}

TEST(EvaluateTriggers, CoverageBelowTheMinimumFiresAndSaysTheFigure) {
    const Inventory inv = with_triggers("  - {when: coverage < 80, action: block, message: block-deployment}\n");
    const RunResult run = run_with_coverage(78.5);
    const auto t = evaluate_triggers(inv, {&run, std::nullopt, ""});
    ASSERT_EQ(t.size(), 1u);
    EXPECT_TRUE(t[0].fired);
    EXPECT_EQ(*t[0].value, 78.5);
    EXPECT_EQ(t[0].reason, "coverage is 78.5 %, < 80 %");
}

TEST(EvaluateTriggers, AMetricWithoutAValueIsNotEvaluatedRatherThanPassed) {
    const Inventory inv = with_triggers(
        "  - {when: branch-coverage < 70, action: block}\n"
        "  - {when: docs.duration > 1m, action: warn}\n");
    const RunResult run = run_with_coverage(90);
    const auto t = evaluate_triggers(inv, {&run, std::nullopt, ""});
    ASSERT_EQ(t.size(), 2u);
    EXPECT_FALSE(t[0].fired);
    EXPECT_FALSE(t[0].value.has_value());
    EXPECT_EQ(t[0].reason, "not evaluated: no value (the coverage gates report no branch figure)");
    EXPECT_EQ(t[1].reason, "not evaluated: no value (gate docs is not part of this check)");
}

TEST(EvaluateTriggers, GateMetricsAndDurationsAreRead_ABareDurationValueMeansSeconds) {
    const Inventory inv = with_triggers(
        "  - {when: unit.p95_ms > 500, action: warn}\n"
        "  - {when: unit.duration > 60, action: notify}\n"
        "  - {when: unit.duration > 2m, action: notify}\n");
    const RunResult run = run_with_coverage(90);
    const auto t = evaluate_triggers(inv, {&run, std::nullopt, ""});
    ASSERT_EQ(t.size(), 3u);
    EXPECT_TRUE(t[0].fired);
    EXPECT_EQ(t[0].reason, "unit.p95_ms is 620, > 500");
    EXPECT_TRUE(t[1].fired);
    EXPECT_EQ(t[1].reason, "unit.duration is 1m30s, > 1m");
    EXPECT_FALSE(t[2].fired);
    EXPECT_EQ(t[2].reason, "unit.duration is 1m30s, not > 2m");
}

TEST(EvaluateTriggers, PacketDelayComesFromTheInputsOrSaysWhyItIsMissing) {
    const Inventory inv = with_triggers("  - {when: packet.delay > 4h, action: notify}\n");
    const auto late = evaluate_triggers(inv, {nullptr, 86'400'000.0, ""});
    EXPECT_TRUE(late[0].fired);
    EXPECT_EQ(late[0].reason, "packet.delay is 1d, > 4h");
    const auto unknown = evaluate_triggers(inv, {nullptr, std::nullopt, "the change belongs to no packet"});
    EXPECT_EQ(unknown[0].reason, "not evaluated: no value (the change belongs to no packet)");
}

}  // namespace
}  // namespace tollgate
