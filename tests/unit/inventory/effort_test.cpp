#include "runner/inventory/effort.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(Effort, ReadsARangeOfDaysAsWorkingHours) {
    const auto e = Effort::parse("2-3d");
    ASSERT_TRUE(e);
    EXPECT_DOUBLE_EQ(e->low_hours, 16);
    EXPECT_DOUBLE_EQ(e->high_hours, 24);
    EXPECT_DOUBLE_EQ(e->mid_hours(), 20);
}

TEST(Effort, DefaultsToDaysAndAcceptsHours) {
    EXPECT_DOUBLE_EQ(Effort::parse("3")->high_hours, 24);
    EXPECT_DOUBLE_EQ(Effort::parse("4h")->low_hours, 4);
    EXPECT_DOUBLE_EQ(Effort::parse("1.5d")->low_hours, 12);
}

TEST(Effort, RejectsMalformedOrInvertedRanges) {
    for (const char* bad : {"", "d", "3-2d", "2-3w", "-3", "a-b", "2--3"}) EXPECT_FALSE(Effort::parse(bad)) << bad;
}

}  // namespace
}  // namespace tollgate
