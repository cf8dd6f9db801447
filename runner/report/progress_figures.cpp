#include "runner/report/progress_figures.hpp"

#include "runner/core/civil_date.hpp"

#include <cmath>
#include <cstdio>

namespace tollgate {

std::string format_elapsed(double days) {
    const long long hours = static_cast<long long>(std::llround(days * 24.0));
    if (hours < 24) return std::to_string(hours) + "h";
    return std::to_string(hours / 24) + "d " + std::to_string(hours % 24) + "h";
}

std::string format_ratio(const std::optional<double>& ratio) {
    if (!ratio) return "n/a";
    return format_percent(*ratio * 100.0);
}

std::string format_percent(double percent) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", percent);
    return buf;
}

std::string format_day(const std::optional<long long>& unix_time, std::string_view missing) {
    return unix_time ? CivilDate::from_unix(*unix_time).str() : std::string(missing);
}

}  // namespace tollgate
