#include "runner/core/civil_date.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(CivilDate, ParsesAndPrintsIsoDates) {
    const auto d = CivilDate::parse("2025-01-20");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->str(), "2025-01-20");
}

TEST(CivilDate, RejectsImpossibleOrMalformedDates) {
    for (const char* bad : {"2025-02-30", "2025-13-01", "25-01-20", "2025/01/20", "2025-1-2", ""})
        EXPECT_FALSE(CivilDate::parse(bad)) << bad;
}

TEST(CivilDate, AddsDaysAcrossMonthAndLeapYearBoundaries) {
    EXPECT_EQ(CivilDate::parse("2024-02-28")->plus_days(1).str(), "2024-02-29");
    EXPECT_EQ(CivilDate::parse("2025-01-31")->plus_days(1).str(), "2025-02-01");
    EXPECT_EQ(CivilDate::parse("2025-01-20")->plus_days(-20).str(), "2024-12-31");
}

TEST(CivilDate, CountsDaysBetweenDates) {
    EXPECT_EQ(CivilDate::parse("2025-01-27")->days_since(*CivilDate::parse("2025-01-20")), 7);
}

TEST(CivilDate, ConvertsUnixSecondsToTheUtcDay) {
    EXPECT_EQ(CivilDate::from_unix(1737360000).str(), "2025-01-20");
    EXPECT_EQ(CivilDate::from_unix(1737331200 + 86399).str(), "2025-01-20");
}

}  // namespace
}  // namespace tollgate
