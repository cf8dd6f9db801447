#pragma once

// Small directed-graph algorithms over dense node numbers. Everything here is
// iterative: inventories may hold a 10,000-long `after` chain, and recursion
// that deep would overflow the stack.

#include <cstddef>
#include <vector>

namespace tollgate {

/// Adjacency lists: `graph[u]` holds the nodes `u` has an edge to.
using Digraph = std::vector<std::vector<int>>;

/// Strongly connected components (Tarjan): per node, the number of its
/// component. Numbers are dense from 0, in Tarjan's completion order.
std::vector<int> component_numbers(const Digraph& graph);

/// The strongly connected components that contain a cycle (more than one
/// node, or a node with an edge to itself), each sorted ascending, ordered by
/// smallest node. Allocates only for those, so an acyclic graph costs one pass.
std::vector<std::vector<int>> cyclic_components(const Digraph& graph);

/// An edge as (from, position in graph[from]).
struct EdgeRef {
    int from = 0;
    std::size_t index = 0;
};

/// The back edges of a depth-first search that starts from nodes in
/// ascending order and follows edges in list order. Dropping them leaves the
/// graph acyclic; the choice is deterministic.
std::vector<EdgeRef> back_edges(const Digraph& graph);

/// Removes repeated targets from every adjacency list, keeping first occurrences.
void dedupe_edges(Digraph& graph);

}  // namespace tollgate
