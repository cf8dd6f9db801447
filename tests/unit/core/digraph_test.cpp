#include "runner/core/digraph.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(ComponentNumbers, GivesMutuallyReachableNodesTheSameNumber) {
    // 0 -> 1 -> 2 -> 1, 3 alone, 4 <-> 0
    const Digraph g{{1, 4}, {2}, {1}, {}, {0}};
    const auto number = component_numbers(g);
    EXPECT_EQ(number[0], number[4]);
    EXPECT_EQ(number[1], number[2]);
    EXPECT_NE(number[0], number[1]);
    EXPECT_NE(number[3], number[0]);
    EXPECT_NE(number[3], number[1]);
}

TEST(CyclicComponents, ListsOnlyComponentsWithACycleSortedBySmallestNode) {
    // 0 -> 1 -> 2 -> 1, 3 alone, 4 <-> 0, 5 with a self-loop, 6 -> 5
    const Digraph g{{1, 4}, {2}, {1}, {}, {0}, {5}, {5}};
    EXPECT_EQ(cyclic_components(g), (std::vector<std::vector<int>>{{0, 4}, {1, 2}, {5}}));
}

TEST(CyclicComponents, HandlesA100000LongChainWithoutRecursion) {
    const int n = 100000;
    Digraph g(n);
    for (int i = 0; i + 1 < n; ++i) g[static_cast<std::size_t>(i)].push_back(i + 1);
    EXPECT_TRUE(cyclic_components(g).empty());
    g[n - 1].push_back(0);
    const auto ring = cyclic_components(g);
    ASSERT_EQ(ring.size(), 1u);
    EXPECT_EQ(ring[0].size(), static_cast<std::size_t>(n));
}

TEST(BackEdges, BreakEveryCycleAndNothingElse) {
    // 0 -> 1 -> 2 -> 0 and 0 -> 2 (a forward edge, not a back edge)
    const Digraph g{{1, 2}, {2}, {0}};
    const auto back = back_edges(g);
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].from, 2);
    EXPECT_EQ(back[0].index, 0u);
    EXPECT_TRUE(back_edges(Digraph{{1}, {2}, {}}).empty());
}

TEST(DedupeEdges, KeepsTheFirstOccurrenceOfEachTarget) {
    Digraph g{{2, 1, 2, 1}, {0, 0}, {}};
    dedupe_edges(g);
    EXPECT_EQ(g[0], (std::vector<int>{2, 1}));
    EXPECT_EQ(g[1], (std::vector<int>{0}));
}

}  // namespace
}  // namespace tollgate
