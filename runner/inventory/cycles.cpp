#include "runner/inventory/cycles.hpp"

#include "runner/core/elementary_cycles.hpp"

#include <string_view>
#include <unordered_map>

namespace tollgate {

namespace {

/// Cycles listed per strongly connected component; beyond this a note says
/// more exist (their number can grow exponentially with the component).
constexpr std::size_t max_cycles_per_component = 20;

/// One node of the hard-dependency graph: a packet, checkpoint or gate.
struct Node {
    std::string_view id;
    const SourceLocation* where;
    bool is_gate;
};

/// Nodes and edges in the "waits for" direction; packets first, then
/// checkpoints, then gates, each in inventory order.
struct HardGraph {
    std::vector<Node> nodes;
    Digraph edges;
};

HardGraph build_hard_graph(const Inventory& inv) {
    HardGraph g;
    g.nodes.reserve(inv.packets.size() + inv.checkpoints.size() + inv.gates.size());
    // `after` names packets or checkpoints; gates have their own namespace.
    // On a duplicate id the first definition wins (the validator reports it).
    std::unordered_map<std::string_view, int> steps;
    std::unordered_map<std::string_view, int> gates;
    steps.reserve(inv.packets.size() + inv.checkpoints.size());
    gates.reserve(inv.gates.size());
    auto add = [&](std::string_view id, const SourceLocation& where, bool is_gate,
                   std::unordered_map<std::string_view, int>& names) {
        const int index = static_cast<int>(g.nodes.size());
        g.nodes.push_back({id, &where, is_gate});
        names.emplace(id, index);
    };
    for (const auto& p : inv.packets) add(p.id, p.where, false, steps);
    for (const auto& c : inv.checkpoints) add(c.id, c.where, false, steps);
    for (const auto& gate : inv.gates) add(gate.id, gate.where, true, gates);

    g.edges.resize(g.nodes.size());
    auto link = [&](std::size_t from, const std::vector<Located>& targets,
                    const std::unordered_map<std::string_view, int>& names) {
        for (const auto& t : targets) {
            const auto it = names.find(t.value);
            if (it != names.end()) g.edges[from].push_back(it->second);
        }
    };
    std::size_t index = 0;
    for (const auto& p : inv.packets) link(index++, p.after, steps);
    for (const auto& c : inv.checkpoints) {
        link(index, c.after, steps);
        link(index++, c.gates, gates);
    }
    for (const auto& gate : inv.gates) link(index++, gate.needs, gates);
    dedupe_edges(g.edges);
    return g;
}

std::string describe(const HardGraph& g, const std::vector<int>& cycle) {
    std::string text = "dependency cycle: ";
    for (int v : cycle) {
        text += g.nodes[static_cast<std::size_t>(v)].id;
        text += " -> ";
    }
    text += g.nodes[static_cast<std::size_t>(cycle.front())].id;
    return text;
}

}  // namespace

void check_cycles(const Inventory& inventory, Diagnostics& diagnostics) {
    const HardGraph g = build_hard_graph(inventory);
    for (const auto& component : elementary_cycles(g.edges, max_cycles_per_component)) {
        const Node& first = g.nodes[static_cast<std::size_t>(component.nodes.front())];
        const std::string hint = first.is_gate ? "each arrow reads 'needs'; remove one of these `needs` entries"
                                               : "each arrow reads 'waits for'; remove one of these `after` entries";
        for (const auto& cycle : component.cycles) {
            const Node& at = g.nodes[static_cast<std::size_t>(cycle.front())];
            diagnostics.error(*at.where, describe(g, cycle), hint);
        }
        if (component.truncated) {
            diagnostics.add({Severity::note, *first.where,
                             "more dependency cycles run through these " + std::to_string(component.nodes.size()) +
                                 " ids; only the first " + std::to_string(max_cycles_per_component) + " are listed",
                             "break the cycles above and validate again"});
        }
    }
}

}  // namespace tollgate
