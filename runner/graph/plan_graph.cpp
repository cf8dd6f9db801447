#include "runner/graph/plan_graph.hpp"

#include "runner/core/error.hpp"
#include "runner/inventory/cycles.hpp"

#include <functional>
#include <queue>
#include <unordered_map>
#include <unordered_set>

namespace tollgate {

PlanGraph build_plan_graph(const Inventory& inv) {
    PlanGraph g;
    std::unordered_map<std::string_view, int> node_of;
    std::unordered_set<std::string_view> dropped;
    node_of.reserve(inv.packets.size() + inv.checkpoints.size());
    for (const auto& p : inv.packets) {
        if (p.status == PacketStatus::dropped) {
            if (dropped.insert(p.id).second) g.dropped.push_back(p.id);
            continue;
        }
        if (node_of.emplace(p.id, static_cast<int>(g.packets.size())).second) g.packets.push_back(&p);
    }
    for (const auto& c : inv.checkpoints) {
        const int node = static_cast<int>(g.packets.size() + g.checkpoints.size());
        if (node_of.emplace(c.id, node).second) g.checkpoints.push_back(&c);
    }

    g.prerequisites.resize(g.size());
    g.dependants.resize(g.size());
    g.preferred.resize(g.size());
    auto link_after = [&](int node, const std::vector<Located>& after) {
        for (const auto& a : after) {
            const auto it = node_of.find(a.value);
            if (it != node_of.end()) {
                g.prerequisites[static_cast<std::size_t>(node)].push_back(it->second);
            } else if (dropped.count(a.value) != 0) {
                g.notes.push_back(g.id(node) + " waits for dropped packet " + a.value +
                                  "; that dependency counts as met");
            }
        }
    };
    for (int node = 0; node < static_cast<int>(g.size()); ++node) {
        if (!g.is_packet(node)) {
            link_after(node, g.checkpoint(node).after);
            continue;
        }
        link_after(node, g.packet(node).after);
        for (const auto& pref : g.packet(node).prefer_after) {
            const auto it = node_of.find(pref.value);
            // Only packets order one another; a checkpoint preference says nothing.
            if (it != node_of.end() && g.is_packet(it->second) && it->second != node)
                g.preferred[static_cast<std::size_t>(node)].push_back(it->second);
        }
    }
    dedupe_edges(g.prerequisites);
    dedupe_edges(g.preferred);
    for (std::size_t node = 0; node < g.size(); ++node) {
        for (int pre : g.prerequisites[node])
            g.dependants[static_cast<std::size_t>(pre)].push_back(static_cast<int>(node));
    }
    return g;
}

std::vector<int> topological_order(const PlanGraph& g, const Inventory& inventory) {
    std::vector<int> waiting(g.size(), 0);
    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (std::size_t node = 0; node < g.size(); ++node) {
        waiting[node] = static_cast<int>(g.prerequisites[node].size());
        if (waiting[node] == 0) ready.push(static_cast<int>(node));
    }
    std::vector<int> order;
    order.reserve(g.size());
    while (!ready.empty()) {
        const int node = ready.top();
        ready.pop();
        order.push_back(node);
        for (int next : g.dependants[static_cast<std::size_t>(node)]) {
            if (--waiting[static_cast<std::size_t>(next)] == 0) ready.push(next);
        }
    }
    if (order.size() != g.size()) {
        Diagnostics diagnostics;
        check_cycles(inventory, diagnostics);
        if (!diagnostics.has_errors()) diagnostics.error({}, "dependency cycle among packets and checkpoints");
        throw InventoryError(std::move(diagnostics));
    }
    return order;
}

}  // namespace tollgate
