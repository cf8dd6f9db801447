#include "runner/coverage/ratio.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

Percent pct(const char* text) {
    return *Percent::parse(text);
}

TEST(Percent, ParsesIntegersDecimalsAndATrailingPercentSign) {
    EXPECT_EQ(pct("80").numerator, 80u);
    EXPECT_EQ(pct("80").denominator, 1u);
    EXPECT_EQ(pct("79.96").numerator, 7996u);
    EXPECT_EQ(pct("79.96").denominator, 100u);
    EXPECT_EQ(pct("80%").text, "80");
    EXPECT_EQ(pct("80.50").text, "80.5");
    EXPECT_EQ(pct("100").text, "100");
    EXPECT_EQ(pct("0").text, "0");
}

TEST(Percent, RejectsValuesOutsideZeroToHundredAndGarbage) {
    for (const char* bad : {"", "-1", "100.01", "101", "abc", "8o", "1.2.3", ".", "80.", "1e2", " 80"}) {
        EXPECT_FALSE(Percent::parse(bad)) << bad;
    }
}

TEST(Percent, TakesADoubleAsItsShortestDecimal) {
    EXPECT_EQ(Percent::from_double(79.96)->text, "79.96");
    EXPECT_EQ(Percent::from_double(80.0)->text, "80");
    EXPECT_EQ(Percent::from_double(0.1)->numerator, 1u);
}

TEST(Meets, ComparesExactlySo7996Of10000FailsEighty) {
    EXPECT_FALSE(meets({7996, 10000}, pct("80")));
    EXPECT_TRUE(meets({8000, 10000}, pct("80")));
    EXPECT_TRUE(meets({7996, 10000}, pct("79.96")));
    EXPECT_FALSE(meets({79995, 100000}, pct("79.996")));
    EXPECT_TRUE(meets({2, 3}, pct("66.66")));
    EXPECT_FALSE(meets({2, 3}, pct("66.67")));
}

TEST(Meets, NeverPassesAnEmptyTotal) {
    EXPECT_FALSE(meets({0, 0}, pct("0")));
}

TEST(Meets, DoesNotOverflowOnHugeCounts) {
    const std::uint64_t big = 0xFFFFFFFFFFFFFFFFull;
    EXPECT_TRUE(meets({big, big}, pct("100")));
    EXPECT_FALSE(meets({big - 1, big}, pct("100")));
}

TEST(FormatPercent, TruncatesToTwoDecimalsInsteadOfRoundingUp) {
    EXPECT_EQ(format_percent({79996, 100000}), "79.99");
    EXPECT_EQ(format_percent({11, 14}), "78.57");
    EXPECT_EQ(format_percent({2, 3}), "66.66");
    EXPECT_EQ(format_percent({1, 1}), "100.00");
    EXPECT_EQ(format_percent({0, 5}), "0.00");
    EXPECT_EQ(format_percent({9999999, 10000000}), "99.99");
}

TEST(FormatPercent, SaysNotApplicableForAnEmptyTotal) {
    EXPECT_EQ(format_percent({0, 0}), "n/a");
}

TEST(AtLeast, ComparesTwoRatiosExactly) {
    EXPECT_TRUE(at_least({80, 100}, {4, 5}));
    EXPECT_FALSE(at_least({799, 1000}, {4, 5}));
    EXPECT_TRUE(at_least({1, 2}, {0, 0}));
}

TEST(CoverageCounts, AddsWithoutWrappingAround) {
    CoverageCounts a{0xFFFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFFFull};
    a += CoverageCounts{5, 5};
    EXPECT_EQ(a.total, 0xFFFFFFFFFFFFFFFFull);
}

}  // namespace
}  // namespace tollgate
