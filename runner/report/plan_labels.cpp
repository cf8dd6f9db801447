#include "runner/report/plan_labels.hpp"

#include <cmath>
#include <cstdio>

namespace tollgate {

std::string format_days(double hours) {
    const double days = std::round(hours / hours_per_day * 10.0) / 10.0;
    char buf[32];
    if (days == std::floor(days)) std::snprintf(buf, sizeof buf, "%.0f", days);
    else std::snprintf(buf, sizeof buf, "%.1f", days);
    return buf;
}

std::string format_day_range(const HoursRange& hours) {
    const std::string low = format_days(hours.low), mid = format_days(hours.mid), high = format_days(hours.high);
    if (low == high) return low + (low == "1" ? " day" : " days");
    return low + "-" + high + " days (mid " + mid + ")";
}

std::string day_label(const PlanResult& plan, int day) {
    if (plan.start) return date_of_day(*plan.start, day).str();
    return "day " + std::to_string(day);
}

std::string day_span_label(const PlanResult& plan, int first, int last) {
    if (first == last) return day_label(plan, first);
    if (plan.start) return date_of_day(*plan.start, first).str() + " to " + date_of_day(*plan.start, last).str();
    return "days " + std::to_string(first) + "-" + std::to_string(last);
}

std::string effort_label(const PlannedPacket& packet) {
    return packet.effort ? packet.effort->text : "no estimate";
}

std::string schedule_label(const PlanResult& plan, const PlannedPacket& packet) {
    if (!packet.schedule) return "done";
    return day_span_label(plan, packet.schedule->start_day, packet.schedule->end_day);
}

}  // namespace tollgate
