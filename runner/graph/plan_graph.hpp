#pragma once

#include "runner/core/digraph.hpp"
#include "runner/inventory/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// The packets and checkpoints a plan orders, as dense nodes: packets that
/// are not dropped come first (inventory order), then checkpoints. Ids are
/// resolved once through hash maps so later passes are linear.
struct PlanGraph {
    std::vector<const Packet*> packets;
    std::vector<const Checkpoint*> checkpoints;
    Digraph prerequisites;             ///< node -> nodes it waits for (hard `after`)
    Digraph dependants;                ///< the reverse of `prerequisites`
    Digraph preferred;                 ///< packet node -> packet nodes it prefers to follow
    std::vector<std::string> dropped;  ///< ids of dropped packets, inventory order
    std::vector<std::string> notes;    ///< e.g. dependencies on dropped packets

    [[nodiscard]] std::size_t size() const { return packets.size() + checkpoints.size(); }
    [[nodiscard]] bool is_packet(int node) const { return static_cast<std::size_t>(node) < packets.size(); }
    /// The checkpoint behind `node`; only valid when !is_packet(node).
    [[nodiscard]] const Checkpoint& checkpoint(int node) const {
        return *checkpoints[static_cast<std::size_t>(node) - packets.size()];
    }
    /// The packet behind `node`; only valid when is_packet(node).
    [[nodiscard]] const Packet& packet(int node) const { return *packets[static_cast<std::size_t>(node)]; }
    [[nodiscard]] const std::string& id(int node) const {
        return is_packet(node) ? packet(node).id : checkpoint(node).id;
    }
};

/// Builds the graph. Unknown ids are skipped (the validator reports them);
/// on duplicate ids the first definition wins; a dependency on a dropped
/// packet counts as met and is noted.
PlanGraph build_plan_graph(const Inventory& inventory);

/// A topological order of the hard edges that keeps inventory order where it
/// can. Throws InventoryError naming every cycle (check_cycles) if there is one.
std::vector<int> topological_order(const PlanGraph& graph, const Inventory& inventory);

}  // namespace tollgate
