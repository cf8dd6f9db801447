#include "runner/core/duration.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(ParseDuration, ReadsEachUnitAndCombinations) {
    EXPECT_EQ(parse_duration("90s"), Millis(90'000));
    EXPECT_EQ(parse_duration("5m"), Millis(300'000));
    EXPECT_EQ(parse_duration("1h30m"), Millis(5'400'000));
    EXPECT_EQ(parse_duration("250ms"), Millis(250));
    EXPECT_EQ(parse_duration("2d"), Millis(172'800'000));
    EXPECT_EQ(parse_duration("1m30s500ms"), Millis(90'500));
}

TEST(ParseDuration, TreatsABareNumberAsSeconds) {
    EXPECT_EQ(parse_duration("45"), Millis(45'000));
}

TEST(ParseDuration, RejectsMalformedText) {
    for (const char* bad : {"", "m", "5x", "-5m", "1h30", "5 m", "1.5h", "99999999999999999999d"})
        EXPECT_FALSE(parse_duration(bad).has_value()) << bad;
}

TEST(FormatDuration, PrintsTheShortestExactForm) {
    EXPECT_EQ(format_duration(Millis(5'400'000)), "1h30m");
    EXPECT_EQ(format_duration(Millis(90'000)), "1m30s");
    EXPECT_EQ(format_duration(Millis(250)), "250ms");
    EXPECT_EQ(format_duration(Millis(0)), "0s");
}

TEST(FormatSeconds, PrintsAPlainDecimalWithTwoPlaces) {
    EXPECT_EQ(format_seconds(Millis(1420)), "1.42");
    EXPECT_EQ(format_seconds(Millis(0)), "0.00");
    EXPECT_EQ(format_seconds(Millis(123'456'789)), "123456.79");
}

}  // namespace
}  // namespace tollgate
