#pragma once

// How much of a plan's lane time packets actually used: the numerator of
// the parallel efficiency (docs/metrics.md).

#include <utility>
#include <vector>

namespace tollgate {

/// A packet's work, [start, end) in Unix seconds.
using WorkSpan = std::pair<long long, long long>;

/// Seconds of lane time used inside [from, to) by `spans` on `lanes` lanes:
/// at each moment at most `lanes` running packets count, so the result never
/// exceeds lanes × (to − from). Spans are clipped to the window; empty and
/// inverted ones count nothing.
double busy_lane_seconds(const std::vector<WorkSpan>& spans, int lanes, long long from, long long to);

}  // namespace tollgate
