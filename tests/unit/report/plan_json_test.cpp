#include "runner/report/plan_json.hpp"

#include "runner/graph/plan.hpp"
#include "tests/unit/graph/plan_fixtures.hpp"
#include "tests/unit/report/plan_golden.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

TEST(PlanJsonGolden, Seed000) {
    test::expect_matches_golden(render_plan_json(compute_plan(test::seed000_inventory(), {})), "seed000.json");
}

TEST(PlanJsonGolden, FeatureTour) {
    test::expect_matches_golden(render_plan_json(compute_plan(test::feature_tour_inventory(), {})),
                                "feature_tour.json");
}

TEST(PlanJson, HoldsTheVersionWavesAndCriticalPathDesignRequires) {
    const auto j = nlohmann::json::parse(render_plan_json(compute_plan(test::seed000_inventory(), {})));
    EXPECT_EQ(j["version"], 1);
    ASSERT_TRUE(j["plan"]["waves"].is_array());
    EXPECT_EQ(j["plan"]["waves"].size(), 5u);
    EXPECT_EQ(j["plan"]["waves"][0], nlohmann::json::array({"foundation"}));
    EXPECT_EQ(j["plan"]["critical_path"].front(), "foundation");
    EXPECT_EQ(j["plan"]["totals"]["sequential"]["low"], 37.0);
    EXPECT_EQ(j["plan"]["totals"]["sequential"]["high"], 49.0);
    EXPECT_EQ(j["plan"]["eta"]["day"], 20);
    EXPECT_EQ(j["plan"]["lanes"]["total"], 7);
    EXPECT_EQ(j["plan"]["packets"].size(), 11u);
}

TEST(PlanJson, ReplacesInvalidUtf8InsteadOfFailing) {
    Inventory inv;
    test::add_packet(inv, "a", "1d").title = "bad \xff byte";
    const std::string out = render_plan_json(compute_plan(inv, {}));
    const auto j = nlohmann::json::parse(out);
    EXPECT_EQ(j["plan"]["packets"][0]["title"], "bad \xEF\xBF\xBD byte");  // U+FFFD, as in every JSON output
}

}  // namespace
}  // namespace tollgate
