#include "runner/inventory/trigger_expr.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(TriggerExpr, ParsesAPercentThreshold) {
    const auto p = parse_trigger_expr("coverage < 80");
    ASSERT_TRUE(p.expr) << p.error;
    EXPECT_EQ(p.expr->metric, "coverage");
    EXPECT_EQ(p.expr->op, CompareOp::lt);
    EXPECT_DOUBLE_EQ(p.expr->value, 80);
    EXPECT_TRUE(p.expr->holds(79.96));
    EXPECT_FALSE(p.expr->holds(80));
}

TEST(TriggerExpr, NormalisesTimeUnitsToMilliseconds) {
    const auto p = parse_trigger_expr("packet.delay > 4h");
    ASSERT_TRUE(p.expr) << p.error;
    EXPECT_DOUBLE_EQ(p.expr->value, 4 * 3'600'000.0);
    EXPECT_EQ(p.expr->unit, "h");
}

TEST(TriggerExpr, AcceptsGateMetricsWithHyphensAndDots) {
    const auto p = parse_trigger_expr("api-latency.p95_ms >= 500");
    ASSERT_TRUE(p.expr) << p.error;
    EXPECT_EQ(p.expr->metric, "api-latency.p95_ms");
    EXPECT_EQ(p.expr->op, CompareOp::ge);
}

TEST(TriggerExpr, ReportsWhereParsingFailed) {
    auto p = parse_trigger_expr("coverage ~ 80");
    EXPECT_FALSE(p.expr);
    EXPECT_EQ(p.column, 9);
    p = parse_trigger_expr("coverage < 80parsecs");
    EXPECT_FALSE(p.expr);
    EXPECT_EQ(p.error, "unknown unit 'parsecs' (use %, ms, s, m, h or d)");
    p = parse_trigger_expr("coverage < ");
    EXPECT_FALSE(p.expr);
    EXPECT_EQ(p.error, "expected a number after the comparison");
    p = parse_trigger_expr("");
    EXPECT_FALSE(p.expr);
}

}  // namespace
}  // namespace tollgate
