#include "runner/report/plan_dot.hpp"

#include "runner/graph/plan.hpp"
#include "tests/unit/graph/plan_fixtures.hpp"
#include "tests/unit/report/plan_golden.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(PlanDotGolden, Seed000) {
    test::expect_matches_golden(render_plan_dot(compute_plan(test::seed000_inventory(), {})), "seed000.dot");
}

TEST(PlanDotGolden, FeatureTour) {
    test::expect_matches_golden(render_plan_dot(compute_plan(test::feature_tour_inventory(), {})), "feature_tour.dot");
}

TEST(DotQuote, EscapesQuotesBackslashesAndNewlines) {
    EXPECT_EQ(dot_quote("say \"hi\"\\now\nnext\r"), "\"say \\\"hi\\\"\\\\now\\nnext\"");
    EXPECT_EQ(dot_quote("bell\a"), "\"bell \"");
    EXPECT_EQ(dot_quote("bad\xff"), "\"bad\\\\xFF\"");
}

TEST(PlanDot, DrawsHardEdgesSolidSoftEdgesDashedAndCheckpointsAsHexagons) {
    const std::string dot = render_plan_dot(compute_plan(test::seed000_inventory(), {}));
    EXPECT_EQ(dot.rfind("digraph plan {\n", 0), 0u);
    EXPECT_NE(dot.find("  \"foundation\" -> \"services\" [penwidth=2];\n"), std::string::npos);
    EXPECT_NE(dot.find("  \"foundation\" -> \"finance-ui\";\n"), std::string::npos);
    EXPECT_NE(dot.find("  \"finance-ui\" -> \"l10n\" [style=dashed];\n"), std::string::npos);
    EXPECT_NE(dot.find("  \"final-gate\" [shape=hexagon"), std::string::npos);
}

}  // namespace
}  // namespace tollgate
