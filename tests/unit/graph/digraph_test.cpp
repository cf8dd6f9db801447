#include "runner/graph/digraph.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(StronglyConnectedComponents, GroupsMutuallyReachableNodesOrderedBySmallestNode) {
    // 0 -> 1 -> 2 -> 1, 3 alone, 4 <-> 0
    const Digraph g{{1, 4}, {2}, {1}, {}, {0}};
    const auto sccs = strongly_connected_components(g);
    ASSERT_EQ(sccs.size(), 3u);
    EXPECT_EQ(sccs[0], (std::vector<int>{0, 4}));
    EXPECT_EQ(sccs[1], (std::vector<int>{1, 2}));
    EXPECT_EQ(sccs[2], (std::vector<int>{3}));
}

TEST(StronglyConnectedComponents, HandlesA100000LongChainWithoutRecursion) {
    const int n = 100000;
    Digraph g(n);
    for (int i = 0; i + 1 < n; ++i) g[static_cast<std::size_t>(i)].push_back(i + 1);
    EXPECT_EQ(strongly_connected_components(g).size(), static_cast<std::size_t>(n));
    g[n - 1].push_back(0);
    const auto ring = strongly_connected_components(g);
    ASSERT_EQ(ring.size(), 1u);
    EXPECT_EQ(ring[0].size(), static_cast<std::size_t>(n));
}

TEST(IsCyclicComponent, CountsASelfLoopButNotALoneNode) {
    const Digraph g{{0}, {}};
    EXPECT_TRUE(is_cyclic_component(g, {0}));
    EXPECT_FALSE(is_cyclic_component(g, {1}));
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
