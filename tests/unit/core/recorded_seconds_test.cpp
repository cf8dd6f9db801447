#include "runner/core/recorded_seconds.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace tollgate {
namespace {

TEST(MillisFromSeconds, RoundsToMillisecondsWithinZeroToAMillionMillionSeconds) {
    EXPECT_EQ(millis_from_seconds(1.2345), Millis(1235));
    EXPECT_EQ(millis_from_seconds(0), Millis(0));
    EXPECT_EQ(millis_from_seconds(1e12), Millis(1'000'000'000'000'000));
}

TEST(MillisFromSeconds, RefusesWhatHasNoCountOfMilliseconds) {
    EXPECT_EQ(millis_from_seconds(1e300), std::nullopt);
    EXPECT_EQ(millis_from_seconds(-1), std::nullopt);
    EXPECT_EQ(millis_from_seconds(std::nan("")), std::nullopt);
    EXPECT_EQ(millis_from_seconds(HUGE_VAL), std::nullopt);
}

}  // namespace
}  // namespace tollgate
