#pragma once

#include "runner/graph/plan_graph.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// Packets grouped into waves and ordered for presentation and scheduling.
struct WaveLayout {
    /// Per node: the wave of a packet (1-based), or for a checkpoint the wave
    /// after which it is reached (0 = before wave 1).
    std::vector<int> level;
    /// Packet nodes of each wave (index 0 = wave 1), soft preferences first.
    std::vector<std::vector<int>> waves;
    /// Every node, wave by wave with each wave's checkpoints after its
    /// packets: a topological order of the hard and the honoured soft edges.
    std::vector<int> order;
    /// Per node: its position in `order`.
    std::vector<int> rank;
    /// Per packet node: the soft predecessors that were honoured.
    Digraph honoured;
    std::vector<std::string> notes;  ///< soft preferences that had to be ignored
};

/// Levels every node by the longest chain of hard `after` edges before it
/// (a packet after a checkpoint follows the checkpoint's prerequisites), then
/// orders each wave by `prefer-after`. Soft edges never move a packet to
/// another wave: one that points at a later wave, or that closes a cycle of
/// preferences, is ignored and noted. `topo` is topological_order(graph).
WaveLayout layout_waves(const PlanGraph& graph, const std::vector<int>& topo);

}  // namespace tollgate
