#include "runner/graph/digraph.hpp"

#include <algorithm>

namespace tollgate {

namespace {

/// One level of the explicit DFS stack: a node and the next edge to follow.
struct Frame {
    int node;
    std::size_t next;
};

}  // namespace

std::vector<std::vector<int>> strongly_connected_components(const Digraph& graph) {
    const int n = static_cast<int>(graph.size());
    constexpr int unvisited = -1;
    std::vector<int> index(graph.size(), unvisited);
    std::vector<int> low(graph.size(), 0);
    std::vector<char> on_stack(graph.size(), 0);
    std::vector<int> stack;
    std::vector<Frame> frames;
    std::vector<std::vector<int>> components;
    int counter = 0;

    for (int root = 0; root < n; ++root) {
        if (index[root] != unvisited) continue;
        frames.push_back({root, 0});
        index[root] = low[root] = counter++;
        stack.push_back(root);
        on_stack[root] = 1;
        while (!frames.empty()) {
            Frame& f = frames.back();
            const auto& edges = graph[f.node];
            if (f.next < edges.size()) {
                const int w = edges[f.next++];
                if (index[w] == unvisited) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    on_stack[w] = 1;
                    frames.push_back({w, 0});
                } else if (on_stack[w]) {
                    low[f.node] = std::min(low[f.node], index[w]);
                }
                continue;
            }
            const int v = f.node;
            frames.pop_back();
            if (!frames.empty()) {
                const int parent = frames.back().node;
                low[parent] = std::min(low[parent], low[v]);
            }
            if (low[v] != index[v]) continue;
            std::vector<int> component;
            int w = 0;
            do {
                w = stack.back();
                stack.pop_back();
                on_stack[w] = 0;
                component.push_back(w);
            } while (w != v);
            std::sort(component.begin(), component.end());
            components.push_back(std::move(component));
        }
    }
    std::sort(components.begin(), components.end(),
              [](const auto& a, const auto& b) { return a.front() < b.front(); });
    return components;
}

bool is_cyclic_component(const Digraph& graph, const std::vector<int>& component) {
    if (component.size() > 1) return true;
    if (component.empty()) return false;
    const int v = component.front();
    const auto& edges = graph[v];
    return std::find(edges.begin(), edges.end(), v) != edges.end();
}

std::vector<EdgeRef> back_edges(const Digraph& graph) {
    enum : char { white, grey, black };
    std::vector<char> colour(graph.size(), white);
    std::vector<Frame> frames;
    std::vector<EdgeRef> result;
    for (int root = 0; root < static_cast<int>(graph.size()); ++root) {
        if (colour[root] != white) continue;
        colour[root] = grey;
        frames.push_back({root, 0});
        while (!frames.empty()) {
            Frame& f = frames.back();
            const auto& edges = graph[f.node];
            if (f.next < edges.size()) {
                const std::size_t i = f.next++;
                const int w = edges[i];
                if (colour[w] == grey) {
                    result.push_back({f.node, i});
                } else if (colour[w] == white) {
                    colour[w] = grey;
                    frames.push_back({w, 0});
                }
                continue;
            }
            colour[f.node] = black;
            frames.pop_back();
        }
    }
    return result;
}

void dedupe_edges(Digraph& graph) {
    // A stamp per target makes this linear instead of sorting every list.
    std::vector<int> seen_by(graph.size(), -1);
    for (std::size_t u = 0; u < graph.size(); ++u) {
        auto& edges = graph[u];
        const int stamp = static_cast<int>(u);
        const auto end = std::remove_if(edges.begin(), edges.end(), [&](int v) {
            if (seen_by[static_cast<std::size_t>(v)] == stamp) return true;
            seen_by[static_cast<std::size_t>(v)] = stamp;
            return false;
        });
        edges.erase(end, edges.end());
    }
}

}  // namespace tollgate
