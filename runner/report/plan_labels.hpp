#pragma once

// Wording shared by the plan renderers, so text, DOT and Mermaid name days,
// efforts and spans the same way.

#include "runner/graph/plan_result.hpp"

#include <string>

namespace tollgate {

/// Working hours as days: "20", "2.5", "43.1" (one decimal at most).
std::string format_days(double hours);
/// "17-23 days (mid 20)", or "5 days" when the range is a single value.
std::string format_day_range(const HoursRange& hours);
/// "day 3", or its date when the plan has a start: "2025-01-22".
std::string day_label(const PlanResult& plan, int day);
/// "days 1-3" / "day 3", or with a start "2025-01-20 to 2025-01-22" / "2025-01-22".
std::string day_span_label(const PlanResult& plan, int first, int last);
/// The effort as written ("2-3d"), or "no estimate".
std::string effort_label(const PlannedPacket& packet);
/// When the packet runs: "done", or its day span.
std::string schedule_label(const PlanResult& plan, const PlannedPacket& packet);

}  // namespace tollgate
