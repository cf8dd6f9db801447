#include "runner/report/plan_text.hpp"

#include "runner/core/text.hpp"
#include "runner/graph/plan.hpp"
#include "tests/unit/graph/plan_fixtures.hpp"
#include "tests/unit/report/plan_golden.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

std::size_t widest_line(const std::string& text) {
    std::size_t widest = 0;
    for (const auto& line : split(text, '\n')) widest = std::max(widest, line.size());
    return widest;
}

TEST(PlanTextGolden, Seed000ReadsLikeItsExecutionStrategy) {
    const std::string text = render_plan_text(compute_plan(test::seed000_inventory(), {}));
    test::expect_matches_golden(text, "seed000.txt");
    EXPECT_NE(text.find("Phase 1 (days 1-3): foundation\n"), std::string::npos);
    EXPECT_NE(text.find("Sequential total: 37-49 days (mid 43)\n"), std::string::npos);
    EXPECT_NE(text.find("Parallel span on 7 lanes: 17-23 days (mid 20)\n"), std::string::npos);
    EXPECT_LE(widest_line(text), 80u);
}

TEST(PlanTextGolden, FeatureTourShowsDatesStatusesCheckpointsAndNotes) {
    const std::string text = render_plan_text(compute_plan(test::feature_tour_inventory(), {}));
    test::expect_matches_golden(text, "feature_tour.txt");
    EXPECT_LE(widest_line(text), 80u);
}

TEST(PlanText, HighEstimatesMatchSeed000sDays) {
    PlanOptions options;
    options.estimate = Estimate::high;
    const std::string text = render_plan_text(compute_plan(test::seed000_inventory(), options));
    EXPECT_NE(text.find("Phase 2 (days 4-7): services\n"), std::string::npos) << text;
    EXPECT_NE(text.find("ETA (high): day 23\n"), std::string::npos) << text;
}

TEST(PlanText, WrapsLongListsWithinEightyColumns) {
    Inventory inv;
    std::vector<std::string> many;
    for (int i = 0; i < 40; ++i) {
        many.push_back("a-rather-long-packet-id-" + std::to_string(i));
        test::add_packet(inv, many.back(), "1d");
    }
    test::add_packet(inv, "last", "1d", many).title = std::string(120, 'x') + " tail";
    const std::string text = render_plan_text(compute_plan(inv, {}));
    // Only the unbreakable 120-character title word may exceed the width.
    for (const auto& line : split(text, '\n')) {
        if (line.find("xxxx") == std::string::npos) {
            EXPECT_LE(line.size(), 80u) << line;
        }
    }
}

TEST(PlanText, MakesControlCharactersInTitlesVisible) {
    Inventory inv;
    test::add_packet(inv, "a", "1d").title = "evil\x1b[31m title";
    const std::string text = render_plan_text(compute_plan(inv, {}));
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
    EXPECT_NE(text.find("evil\\x1B[31m title"), std::string::npos);
}

TEST(PlanText, SaysWhenNothingIsLeftToDo) {
    Inventory inv;
    test::add_packet(inv, "a", "1d").status = PacketStatus::done;
    const std::string text = render_plan_text(compute_plan(inv, {}));
    EXPECT_NE(text.find("Phase 1 (done): a\n"), std::string::npos) << text;
    EXPECT_NE(text.find("ETA: nothing left to do\n"), std::string::npos) << text;
}

}  // namespace
}  // namespace tollgate
