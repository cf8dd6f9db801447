#include "runner/report/progress_figures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(ProgressFigures, ElapsedTimeIsWholeDaysAndHours) {
    EXPECT_EQ(format_elapsed(2.5 + 1.0 / 24), "2d 13h");
    EXPECT_EQ(format_elapsed(0.01), "0h");
    EXPECT_EQ(format_elapsed(1.0), "1d 0h");
}

TEST(ProgressFigures, RatiosAreWholePercentAndMissingOnesNotApplicable) {
    EXPECT_EQ(format_ratio(0.871), "87%");
    EXPECT_EQ(format_ratio(1.32), "132%");
    EXPECT_EQ(format_ratio(std::nullopt), "n/a");
    EXPECT_EQ(format_percent(99.5), "100%");
    EXPECT_EQ(format_percent(0.0), "0%");
}

TEST(ProgressFigures, DaysAreUtcCalendarDaysOrTheCallersMissingMark) {
    EXPECT_EQ(format_day(0LL, "-"), "1970-01-01");
    EXPECT_EQ(format_day(1767225599LL, "-"), "2025-12-31");
    EXPECT_EQ(format_day(std::nullopt, "–"), "–");
}

}  // namespace
}  // namespace tollgate
