#pragma once

// Risk triggers (DESIGN §5.8): `metric OP value[unit]` over the check's
// figures. Metrics: `coverage`, `branch-coverage`, `patch-coverage` (the
// lowest figure any coverage gate of the run reported, in %),
// `GATE.duration` (wall time of all its attempts), `GATE.METRIC` (a number
// the gate's `metrics:` regex read from its output) and `packet.delay` (see
// packet_delay.hpp). Durations compare in milliseconds; a value without a
// unit on a duration metric means seconds, as `timeout: 90` does. A trigger
// whose metric has no value is "not evaluated", never silently passed.

#include "runner/verdict/check_result.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// The figures triggers read.
struct TriggerMetrics {
    const RunResult* run = nullptr;      ///< null with --dry-run: gate metrics have no value
    std::optional<double> packet_delay;  ///< ms
    std::string packet_delay_missing;    ///< why packet.delay has no value, when it has none
};

/// A metric's value and, when it has none, why.
struct MetricValue {
    std::optional<double> value;
    std::string missing;  ///< "no coverage gate ran", "gate api-perf did not run", …
};

/// The value of `metric` (a trigger's left side) in `metrics`.
MetricValue metric_value(const Inventory& inventory, const TriggerMetrics& metrics, const std::string& metric);

/// Evaluates every trigger of the inventory, in written order.
std::vector<TriggerFinding> evaluate_triggers(const Inventory& inventory, const TriggerMetrics& metrics);

/// True when `metric` is measured in time (GATE.duration, packet.delay).
bool is_duration_metric(const std::string& metric);

}  // namespace tollgate
