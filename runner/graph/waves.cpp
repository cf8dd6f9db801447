#include "runner/graph/waves.hpp"

#include <algorithm>
#include <functional>
#include <queue>

namespace tollgate {

namespace {

std::vector<int> levels(const PlanGraph& g, const std::vector<int>& topo) {
    std::vector<int> level(g.size(), 0);
    for (int node : topo) {
        int before = 0;
        for (int pre : g.prerequisites[static_cast<std::size_t>(node)])
            before = std::max(before, level[static_cast<std::size_t>(pre)]);
        // A checkpoint takes no wave of its own: it sits after its last prerequisite's.
        level[static_cast<std::size_t>(node)] = g.is_packet(node) ? before + 1 : before;
    }
    return level;
}

/// Keeps the soft edges between packets of one wave that can be honoured;
/// returns them in "predecessor -> follower" direction.
Digraph same_wave_preferences(const PlanGraph& g, const std::vector<int>& level, WaveLayout& layout) {
    Digraph forward(g.packets.size());
    for (int node = 0; node < static_cast<int>(g.packets.size()); ++node) {
        const int wave = level[static_cast<std::size_t>(node)];
        for (int pre : g.preferred[static_cast<std::size_t>(node)]) {
            const int pre_wave = level[static_cast<std::size_t>(pre)];
            if (pre_wave < wave) {
                layout.honoured[static_cast<std::size_t>(node)].push_back(pre);
            } else if (pre_wave > wave) {
                layout.notes.push_back(g.id(node) + " prefers to follow " + g.id(pre) +
                                       ", which comes in a later phase (" + std::to_string(pre_wave) +
                                       "); preference ignored");
            } else {
                forward[static_cast<std::size_t>(pre)].push_back(node);
            }
        }
    }
    // A DFS's back edges are exactly what keeps the preferences cyclic.
    std::vector<std::vector<char>> dropped(forward.size());
    for (std::size_t u = 0; u < forward.size(); ++u) dropped[u].assign(forward[u].size(), 0);
    for (const auto& edge : back_edges(forward)) {
        const auto from = static_cast<std::size_t>(edge.from);
        dropped[from][edge.index] = 1;
        const int follower = forward[from][edge.index];
        layout.notes.push_back(g.id(follower) + " prefer-after " + g.id(edge.from) +
                               " closes a cycle of preferences; preference ignored");
    }
    Digraph kept(forward.size());
    for (std::size_t u = 0; u < forward.size(); ++u) {
        for (std::size_t i = 0; i < forward[u].size(); ++i) {
            if (dropped[u][i]) continue;
            kept[u].push_back(forward[u][i]);
            layout.honoured[static_cast<std::size_t>(forward[u][i])].push_back(static_cast<int>(u));
        }
    }
    return kept;
}

/// Orders each wave's packets by the kept preferences, inventory order otherwise.
void order_waves(const PlanGraph& g, const Digraph& kept, WaveLayout& layout) {
    int wave_count = 0;
    for (std::size_t node = 0; node < g.packets.size(); ++node) wave_count = std::max(wave_count, layout.level[node]);
    std::vector<std::vector<int>> members(static_cast<std::size_t>(wave_count));
    for (std::size_t node = 0; node < g.packets.size(); ++node)
        members[static_cast<std::size_t>(layout.level[node] - 1)].push_back(static_cast<int>(node));

    std::vector<int> waiting(g.packets.size(), 0);
    for (const auto& followers : kept)
        for (int f : followers) ++waiting[static_cast<std::size_t>(f)];
    layout.waves.resize(members.size());
    for (std::size_t w = 0; w < members.size(); ++w) {
        std::priority_queue<int, std::vector<int>, std::greater<>> ready;
        for (int node : members[w])
            if (waiting[static_cast<std::size_t>(node)] == 0) ready.push(node);
        while (!ready.empty()) {
            const int node = ready.top();
            ready.pop();
            layout.waves[w].push_back(node);
            for (int f : kept[static_cast<std::size_t>(node)])
                if (--waiting[static_cast<std::size_t>(f)] == 0) ready.push(f);
        }
    }
}

/// All nodes wave by wave, each wave's checkpoints (in topological order)
/// after its packets.
void combine_order(const PlanGraph& g, const std::vector<int>& topo, WaveLayout& layout) {
    std::vector<std::vector<int>> checkpoints_after(layout.waves.size() + 1);
    for (int node : topo) {
        if (!g.is_packet(node))
            checkpoints_after[static_cast<std::size_t>(layout.level[static_cast<std::size_t>(node)])].push_back(node);
    }
    layout.order.reserve(g.size());
    layout.order.insert(layout.order.end(), checkpoints_after[0].begin(), checkpoints_after[0].end());
    for (std::size_t w = 0; w < layout.waves.size(); ++w) {
        layout.order.insert(layout.order.end(), layout.waves[w].begin(), layout.waves[w].end());
        const auto& cps = checkpoints_after[w + 1];
        layout.order.insert(layout.order.end(), cps.begin(), cps.end());
    }
    layout.rank.assign(g.size(), 0);
    for (std::size_t i = 0; i < layout.order.size(); ++i)
        layout.rank[static_cast<std::size_t>(layout.order[i])] = static_cast<int>(i);
}

}  // namespace

WaveLayout layout_waves(const PlanGraph& g, const std::vector<int>& topo) {
    WaveLayout layout;
    layout.level = levels(g, topo);
    layout.honoured.resize(g.packets.size());
    const Digraph kept = same_wave_preferences(g, layout.level, layout);
    order_waves(g, kept, layout);
    combine_order(g, topo, layout);
    // List honoured preferences in the order the inventory wrote them.
    std::vector<int> stamp(g.packets.size(), -1);
    for (std::size_t node = 0; node < g.packets.size(); ++node) {
        for (int pre : layout.honoured[node]) stamp[static_cast<std::size_t>(pre)] = static_cast<int>(node);
        layout.honoured[node].clear();
        for (int pre : g.preferred[node])
            if (stamp[static_cast<std::size_t>(pre)] == static_cast<int>(node)) layout.honoured[node].push_back(pre);
    }
    return layout;
}

}  // namespace tollgate
