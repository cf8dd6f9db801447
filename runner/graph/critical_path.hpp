#pragma once

#include "runner/graph/plan_graph.hpp"
#include "runner/graph/waves.hpp"

#include <vector>

namespace tollgate {

/// The longest chain of hard dependencies, weighted by duration.
struct CriticalPath {
    std::vector<int> nodes;  ///< first to last; checkpoints included
    long long minutes = 0;   ///< its length
};

/// Longest path through `graph` where each node takes `minutes[node]`
/// (0 for checkpoints, done packets and packets without an estimate). Ties go
/// to the chain ending latest in plan order, then to earlier predecessors, so
/// the result is deterministic. Linear in nodes and edges.
CriticalPath longest_path(const PlanGraph& graph, const WaveLayout& layout, const std::vector<long long>& minutes);

/// Per node, its total float: how many minutes its work may slip before the
/// longest chain grows (`critical_minutes` minus the longest chain through
/// the node); 0 on the critical path. Same weights as longest_path.
std::vector<long long> slack_minutes(const PlanGraph& graph, const WaveLayout& layout,
                                     const std::vector<long long>& minutes, long long critical_minutes);

}  // namespace tollgate
