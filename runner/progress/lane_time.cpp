#include "runner/progress/lane_time.hpp"

#include <algorithm>

namespace tollgate {

double busy_lane_seconds(const std::vector<WorkSpan>& spans, int lanes, long long from, long long to) {
    if (lanes <= 0 || to <= from) return 0;
    // A sweep over the starts (+1) and ends (−1); between two events the
    // number of running packets is constant.
    std::vector<std::pair<long long, int>> events;
    events.reserve(2 * spans.size());
    for (const auto& [start, end] : spans) {
        const long long a = std::max(start, from);
        const long long b = std::min(end, to);
        if (b <= a) continue;
        events.emplace_back(a, +1);
        events.emplace_back(b, -1);
    }
    std::sort(events.begin(), events.end());
    double busy = 0;
    int running = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        running += events[i].second;
        if (i + 1 < events.size()) {
            const long long width = events[i + 1].first - events[i].first;
            busy += static_cast<double>(width) * std::min(running, lanes);
        }
    }
    return busy;
}

}  // namespace tollgate
