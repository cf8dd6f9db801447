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

}  // namespace tollgate
