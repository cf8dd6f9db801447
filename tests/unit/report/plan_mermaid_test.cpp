#include "runner/report/plan_mermaid.hpp"

#include "runner/graph/plan.hpp"
#include "tests/unit/graph/plan_fixtures.hpp"
#include "tests/unit/report/plan_golden.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(PlanMermaidGolden, Seed000) {
    test::expect_matches_golden(render_plan_mermaid(compute_plan(test::seed000_inventory(), {})), "seed000.mmd");
}

TEST(PlanMermaidGolden, FeatureTour) {
    test::expect_matches_golden(render_plan_mermaid(compute_plan(test::feature_tour_inventory(), {})),
                                "feature_tour.mmd");
}

TEST(MermaidLabel, EscapesQuotesMarkupAndNewlines) {
    EXPECT_EQ(mermaid_label("say \"hi\" <b>#1</b> & `x`\nnext"),
              "say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; #96;x#96;<br/>next");
}

TEST(PlanMermaid, UsesGeneratedNodeNamesSoAnyIdIsSafe) {
    Inventory inv;
    test::add_packet(inv, "v1.0-end", "1d");
    test::add_packet(inv, "graph", "1d", {"v1.0-end"}, {});
    const std::string out = render_plan_mermaid(compute_plan(inv, {}));
    EXPECT_EQ(out.rfind("flowchart TD\n", 0), 0u);
    EXPECT_NE(out.find("  p1[\"v1.0-end<br/>1d, day 1\"]\n"), std::string::npos) << out;
    EXPECT_NE(out.find("  p1 --> p2\n"), std::string::npos) << out;
}

TEST(PlanMermaid, DrawsSoftEdgesDottedAndCheckpointsAsHexagons) {
    const std::string out = render_plan_mermaid(compute_plan(test::seed000_inventory(), {}));
    EXPECT_NE(out.find(" -.-> "), std::string::npos);
    EXPECT_NE(out.find("{{\"final-gate<br/>Final Gate\"}}"), std::string::npos) << out;
}

}  // namespace
}  // namespace tollgate
