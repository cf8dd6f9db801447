#pragma once

#include "runner/core/digraph.hpp"

#include <cstddef>
#include <vector>

namespace tollgate {

/// The elementary cycles of one strongly connected component.
struct ComponentCycles {
    std::vector<int> nodes;                ///< the component, ascending
    std::vector<std::vector<int>> cycles;  ///< each starts at its smallest node; sorted
    bool truncated = false;                ///< more cycles exist than were listed
};

/// Every elementary cycle of `graph` (Johnson's algorithm, iterative), grouped
/// by strongly connected component in order of smallest node. A cycle is
/// listed once, as the node sequence from its smallest node (the edge back to
/// it is implied). At most `limit_per_component` cycles are listed for a
/// component, since their number can grow exponentially; the work is then
/// O(limit × (V + E)).
std::vector<ComponentCycles> elementary_cycles(const Digraph& graph, std::size_t limit_per_component);

}  // namespace tollgate
