#include "runner/graph/critical_path.hpp"

#include <algorithm>

namespace tollgate {

CriticalPath longest_path(const PlanGraph& g, const WaveLayout& layout, const std::vector<long long>& minutes) {
    CriticalPath path;
    if (g.size() == 0) return path;
    std::vector<long long> finish(g.size(), 0);
    std::vector<int> via(g.size(), -1);
    for (int node : layout.order) {
        const auto n = static_cast<std::size_t>(node);
        long long begin = 0;
        for (int pre : g.prerequisites[n]) {
            const auto p = static_cast<std::size_t>(pre);
            const bool better = via[n] < 0 || finish[p] > begin ||
                                (finish[p] == begin && layout.rank[p] < layout.rank[static_cast<std::size_t>(via[n])]);
            if (better) {
                begin = finish[p];
                via[n] = pre;
            }
        }
        finish[n] = begin + minutes[n];
    }
    int last = layout.order.front();
    for (int node : layout.order) {
        if (finish[static_cast<std::size_t>(node)] >= finish[static_cast<std::size_t>(last)]) last = node;
    }
    path.minutes = finish[static_cast<std::size_t>(last)];
    for (int node = last; node >= 0; node = via[static_cast<std::size_t>(node)]) path.nodes.push_back(node);
    std::reverse(path.nodes.begin(), path.nodes.end());
    return path;
}

std::vector<long long> slack_minutes(const PlanGraph& g, const WaveLayout& layout,
                                     const std::vector<long long>& minutes, long long critical_minutes) {
    std::vector<long long> finish(g.size(), 0);  // longest chain ending with the node
    for (int node : layout.order) {
        const auto n = static_cast<std::size_t>(node);
        long long begin = 0;
        for (int pre : g.prerequisites[n]) begin = std::max(begin, finish[static_cast<std::size_t>(pre)]);
        finish[n] = begin + minutes[n];
    }
    std::vector<long long> tail(g.size(), 0);  // longest chain after the node
    for (auto it = layout.order.rbegin(); it != layout.order.rend(); ++it) {
        const auto n = static_cast<std::size_t>(*it);
        for (int next : g.dependants[n]) {
            const auto d = static_cast<std::size_t>(next);
            tail[n] = std::max(tail[n], minutes[d] + tail[d]);
        }
    }
    std::vector<long long> slack(g.size(), 0);
    for (std::size_t n = 0; n < g.size(); ++n) slack[n] = std::max(0LL, critical_minutes - finish[n] - tail[n]);
    return slack;
}

}  // namespace tollgate
