#include "runner/coverage/line_table.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(LineTable, SumsHitsOfTheSameLine) {
    LineTable t;
    t.add(3, 2);
    t.add(3, 5);
    t.add(4, 0);
    t.compact();
    EXPECT_EQ(t.hits(3), 7u);
    EXPECT_EQ(t.hits(4), 0u);
    EXPECT_FALSE(t.hits(5));
    EXPECT_EQ(t.counts(), (CoverageCounts{1, 2}));
}

TEST(LineTable, SaturatesHugeCountsInsteadOfOverflowing) {
    LineTable t;
    t.add(1, 0xFFFFFFFFFFFFFFFFull);
    t.add(1, 0xFFFFFFFFFFFFFFFFull);
    t.compact();
    EXPECT_EQ(t.hits(1), LineTable::k_max_hits);
}

TEST(LineTable, KeepsFarAwayLineNumbersSparseAndFindsThem) {
    LineTable t;
    t.add(2, 1);
    t.add(4000000000u, 3);
    t.add(3000000000u, 0);
    t.add(4000000000u, 1);
    t.compact();
    EXPECT_EQ(t.hits(4000000000u), 4u);
    EXPECT_EQ(t.hits(3000000000u), 0u);
    EXPECT_EQ(t.counts(), (CoverageCounts{2, 3}));
    EXPECT_EQ(t.last_line(), 4000000000u);
    std::vector<std::uint32_t> order;
    t.for_each([&](std::uint32_t line, std::uint32_t) { order.push_back(line); });
    EXPECT_EQ(order, (std::vector<std::uint32_t>{2, 3000000000u, 4000000000u}));
}

TEST(LineTable, MergesAnotherTableLineByLine) {
    LineTable a;
    a.add(1, 0);
    a.add(2, 1);
    a.compact();
    LineTable b;
    b.add(1, 4);
    b.add(9, 0);
    b.compact();
    a.merge(b);
    EXPECT_EQ(a.hits(1), 4u);
    EXPECT_EQ(a.counts(), (CoverageCounts{2, 3}));
}

}  // namespace
}  // namespace tollgate
