#include "runner/core/digraph.hpp"

#include <algorithm>

namespace tollgate {

namespace {

/// One level of the explicit DFS stack: a node and the next edge to follow.
struct DfsFrame {
    int node;
    std::size_t next;
};

}  // namespace

std::vector<int> component_numbers(const Digraph& graph) {
    const int n = static_cast<int>(graph.size());
    constexpr int unvisited = -1;
    std::vector<int> index(graph.size(), unvisited);
    std::vector<int> low(graph.size(), 0);
    std::vector<int> component(graph.size(), unvisited);
    std::vector<int> stack;
    std::vector<DfsFrame> frames;
    int counter = 0;
    int components = 0;

    for (int root = 0; root < n; ++root) {
        if (index[root] != unvisited) continue;
        frames.push_back({root, 0});
        index[root] = low[root] = counter++;
        stack.push_back(root);
        while (!frames.empty()) {
            DfsFrame& f = frames.back();
            const auto& edges = graph[static_cast<std::size_t>(f.node)];
            if (f.next < edges.size()) {
                const int w = edges[f.next++];
                const auto uw = static_cast<std::size_t>(w);
                if (index[uw] == unvisited) {
                    index[uw] = low[uw] = counter++;
                    stack.push_back(w);
                    frames.push_back({w, 0});
                } else if (component[uw] == unvisited) {  // still on the stack
                    low[static_cast<std::size_t>(f.node)] = std::min(low[static_cast<std::size_t>(f.node)], index[uw]);
                }
                continue;
            }
            const auto v = static_cast<std::size_t>(f.node);
            frames.pop_back();
            if (!frames.empty()) {
                const auto parent = static_cast<std::size_t>(frames.back().node);
                low[parent] = std::min(low[parent], low[v]);
            }
            if (low[v] != index[v]) continue;
            int w = 0;
            do {
                w = stack.back();
                stack.pop_back();
                component[static_cast<std::size_t>(w)] = components;
            } while (w != static_cast<int>(v));
            ++components;
        }
    }
    return component;
}

std::vector<std::vector<int>> cyclic_components(const Digraph& graph) {
    const std::vector<int> number = component_numbers(graph);
    std::vector<int> size(graph.size(), 0);
    for (int c : number) ++size[static_cast<std::size_t>(c)];
    std::vector<char> cyclic(graph.size(), 0);
    for (std::size_t u = 0; u < graph.size(); ++u) {
        const auto c = static_cast<std::size_t>(number[u]);
        const bool self_loop = std::find(graph[u].begin(), graph[u].end(), static_cast<int>(u)) != graph[u].end();
        if (size[c] > 1 || self_loop) cyclic[c] = 1;
    }
    // Visiting nodes in ascending order yields sorted components in order of
    // their smallest node.
    std::vector<int> slot(graph.size(), -1);
    std::vector<std::vector<int>> out;
    for (std::size_t u = 0; u < graph.size(); ++u) {
        const auto c = static_cast<std::size_t>(number[u]);
        if (!cyclic[c]) continue;
        if (slot[c] < 0) {
            slot[c] = static_cast<int>(out.size());
            out.emplace_back();
        }
        out[static_cast<std::size_t>(slot[c])].push_back(static_cast<int>(u));
    }
    return out;
}

std::vector<EdgeRef> back_edges(const Digraph& graph) {
    enum : char { white, grey, black };
    std::vector<char> colour(graph.size(), white);
    std::vector<DfsFrame> frames;
    std::vector<EdgeRef> result;
    for (int root = 0; root < static_cast<int>(graph.size()); ++root) {
        if (colour[root] != white) continue;
        colour[root] = grey;
        frames.push_back({root, 0});
        while (!frames.empty()) {
            DfsFrame& f = frames.back();
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
