#include "runner/core/elementary_cycles.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using Cycles = std::vector<std::vector<int>>;

TEST(ElementaryCycles, FindsEveryCycleOnceStartingAtItsSmallestNode) {
    // 0 -> 1 -> 2 -> 0, plus 0 -> 2 and 2 -> 1: cycles 0-1-2, 0-2, 1-2.
    const Digraph g{{1, 2}, {2}, {0, 1}};
    const auto found = elementary_cycles(g, 100);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].cycles, (Cycles{{0, 1, 2}, {0, 2}, {1, 2}}));
    EXPECT_FALSE(found[0].truncated);
}

TEST(ElementaryCycles, ReportsEachComponentSeparatelyAndSkipsAcyclicParts) {
    const Digraph g{{1}, {0}, {3}, {4}, {2}, {0}, {6}};
    const auto found = elementary_cycles(g, 100);
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].cycles, (Cycles{{0, 1}}));
    EXPECT_EQ(found[1].cycles, (Cycles{{2, 3, 4}}));
    EXPECT_EQ(found[2].cycles, (Cycles{{6}}));
}

TEST(ElementaryCycles, StopsAtTheLimitAndSaysSo) {
    // A complete graph on 6 nodes has hundreds of elementary cycles.
    Digraph g(6);
    for (int u = 0; u < 6; ++u)
        for (int v = 0; v < 6; ++v)
            if (u != v) g[static_cast<std::size_t>(u)].push_back(v);
    const auto found = elementary_cycles(g, 20);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].cycles.size(), 20u);
    EXPECT_TRUE(found[0].truncated);
}

TEST(ElementaryCycles, WalksA10000NodeRingIteratively) {
    const int n = 10000;
    Digraph g(n);
    for (int i = 0; i < n; ++i) g[static_cast<std::size_t>(i)].push_back((i + 1) % n);
    const auto found = elementary_cycles(g, 20);
    ASSERT_EQ(found.size(), 1u);
    ASSERT_EQ(found[0].cycles.size(), 1u);
    EXPECT_EQ(found[0].cycles[0].size(), static_cast<std::size_t>(n));
    EXPECT_EQ(found[0].cycles[0].front(), 0);
}

}  // namespace
}  // namespace tollgate
