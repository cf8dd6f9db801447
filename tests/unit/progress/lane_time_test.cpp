#include "runner/progress/lane_time.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace tollgate {
namespace {

TEST(LaneTime, CountsAtMostTheLanesAtOnce) {
    // Three packets all day on two lanes: two lanes busy, not three.
    const std::vector<WorkSpan> spans{{0, 100}, {0, 100}, {0, 100}};
    EXPECT_DOUBLE_EQ(busy_lane_seconds(spans, 2, 0, 100), 200.0);
    EXPECT_DOUBLE_EQ(busy_lane_seconds(spans, 3, 0, 100), 300.0);
}

TEST(LaneTime, CountsOnlyTheWindowAndNothingForEmptySpans) {
    const std::vector<WorkSpan> spans{{-50, 50}, {90, 200}, {70, 70}, {80, 60}};
    EXPECT_DOUBLE_EQ(busy_lane_seconds(spans, 4, 0, 100), 50.0 + 10.0);
    EXPECT_DOUBLE_EQ(busy_lane_seconds(spans, 0, 0, 100), 0.0);
    EXPECT_DOUBLE_EQ(busy_lane_seconds(spans, 2, 100, 100), 0.0);
}

TEST(LaneTime, SequentialPacketsOnOneLaneAddUp) {
    const std::vector<WorkSpan> spans{{0, 10}, {10, 30}, {40, 50}};
    EXPECT_DOUBLE_EQ(busy_lane_seconds(spans, 1, 0, 50), 40.0);
}

// Seeded random histories: the used lane time never exceeds the capacity,
// never exceeds the plain sum of the clipped spans, and equals that sum when
// there are as many lanes as packets.
TEST(LaneTime, StaysWithinCapacityForEverySeededHistory) {
    for (unsigned seed = 1; seed <= 500; ++seed) {
        std::mt19937 rng(seed);
        std::uniform_int_distribution<long long> time(-20, 120);
        std::uniform_int_distribution<int> count(0, 12);
        std::uniform_int_distribution<int> lane_count(1, 6);
        std::vector<WorkSpan> spans(static_cast<std::size_t>(count(rng)));
        for (auto& s : spans) s = {time(rng), time(rng)};
        const int lanes = lane_count(rng);
        const long long from = 0, to = 100;
        double clipped_sum = 0;
        for (const auto& [a, b] : spans)
            clipped_sum += static_cast<double>(std::max(0LL, std::min(b, to) - std::max(a, from)));
        const double busy = busy_lane_seconds(spans, lanes, from, to);
        EXPECT_GE(busy, 0.0) << "seed " << seed;
        EXPECT_LE(busy, static_cast<double>(lanes) * (to - from)) << "seed " << seed;
        EXPECT_LE(busy, clipped_sum + 1e-9) << "seed " << seed;
        EXPECT_DOUBLE_EQ(busy_lane_seconds(spans, static_cast<int>(spans.size()) + 1, from, to), clipped_sum)
            << "seed " << seed;
    }
}

}  // namespace
}  // namespace tollgate
