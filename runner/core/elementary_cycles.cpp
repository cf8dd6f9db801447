#include "runner/core/elementary_cycles.hpp"

#include <algorithm>
#include <deque>
#include <unordered_set>

namespace tollgate {

namespace {

/// Johnson's circuit search for cycles through local node 0 of `local`, a
/// strongly connected subgraph. Calls `emit` with each cycle (local ids);
/// stops early when `emit` returns false.
template <typename Emit>
void circuits_through_first(const Digraph& local, Emit&& emit) {
    const std::size_t n = local.size();
    std::vector<char> blocked(n, 0);
    std::vector<std::unordered_set<int>> blocked_by(n);
    std::vector<int> path;

    auto unblock = [&](int start) {
        std::vector<int> work{start};
        blocked[static_cast<std::size_t>(start)] = 0;
        while (!work.empty()) {
            const auto x = static_cast<std::size_t>(work.back());
            work.pop_back();
            for (int w : blocked_by[x]) {
                if (blocked[static_cast<std::size_t>(w)]) {
                    blocked[static_cast<std::size_t>(w)] = 0;
                    work.push_back(w);
                }
            }
            blocked_by[x].clear();
        }
    };

    struct Frame {
        int node;
        std::size_t next;
        bool found;
    };
    std::vector<Frame> frames{{0, 0, false}};
    path.push_back(0);
    blocked[0] = 1;
    while (!frames.empty()) {
        Frame& f = frames.back();
        const auto& edges = local[static_cast<std::size_t>(f.node)];
        if (f.next < edges.size()) {
            const int w = edges[f.next++];
            if (w == 0) {
                f.found = true;
                if (!emit(path)) return;
            } else if (!blocked[static_cast<std::size_t>(w)]) {
                blocked[static_cast<std::size_t>(w)] = 1;
                path.push_back(w);
                frames.push_back({w, 0, false});
            }
            continue;
        }
        const Frame done = f;
        if (done.found) {
            unblock(done.node);
        } else {
            for (int w : edges) blocked_by[static_cast<std::size_t>(w)].insert(done.node);
        }
        path.pop_back();
        frames.pop_back();
        if (done.found && !frames.empty()) frames.back().found = true;
    }
}

/// Lists the cycles of one cyclic component, removing its smallest node after
/// each search and continuing in the components of what remains.
ComponentCycles cycles_of_component(const Digraph& graph, std::vector<int> component, std::size_t limit,
                                    std::vector<int>& local_of) {
    ComponentCycles out;
    out.nodes = component;
    std::deque<std::vector<int>> work{std::move(component)};
    while (!work.empty() && !out.truncated) {
        const std::vector<int> part = std::move(work.front());
        work.pop_front();
        for (std::size_t i = 0; i < part.size(); ++i) local_of[static_cast<std::size_t>(part[i])] = static_cast<int>(i);
        Digraph local(part.size());
        for (std::size_t i = 0; i < part.size(); ++i) {
            for (int v : graph[static_cast<std::size_t>(part[i])]) {
                const int j = local_of[static_cast<std::size_t>(v)];
                if (j >= 0) local[i].push_back(j);
            }
        }
        for (int v : part) local_of[static_cast<std::size_t>(v)] = -1;

        circuits_through_first(local, [&](const std::vector<int>& path) {
            if (out.cycles.size() == limit) {
                out.truncated = true;
                return false;
            }
            std::vector<int> cycle;
            cycle.reserve(path.size());
            for (int j : path) cycle.push_back(part[static_cast<std::size_t>(j)]);
            out.cycles.push_back(std::move(cycle));
            return true;
        });
        if (out.truncated) break;

        // Without its smallest node the part may still hold cycles among the rest.
        Digraph rest(part.size() - 1);
        for (std::size_t i = 1; i < part.size(); ++i) {
            for (int j : local[i])
                if (j != 0) rest[i - 1].push_back(j - 1);
        }
        for (const auto& sub : cyclic_components(rest)) {
            std::vector<int> global;
            global.reserve(sub.size());
            for (int j : sub) global.push_back(part[static_cast<std::size_t>(j) + 1]);
            work.push_back(std::move(global));
        }
    }
    std::sort(out.cycles.begin(), out.cycles.end());
    return out;
}

}  // namespace

std::vector<ComponentCycles> elementary_cycles(const Digraph& graph, std::size_t limit_per_component) {
    std::vector<ComponentCycles> result;
    std::vector<int> local_of(graph.size(), -1);
    for (auto& component : cyclic_components(graph)) {
        result.push_back(cycles_of_component(graph, std::move(component), limit_per_component, local_of));
    }
    return result;
}

}  // namespace tollgate
