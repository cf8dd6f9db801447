#pragma once

// How the progress renderers (text, Markdown, HTML, a packet's completion)
// spell their figures, so a figure reads the same in every format.

#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// "2d 14h" for a number of days (whole hours; "0h" under one hour).
std::string format_elapsed(double days);

/// "87%" (whole percent) for a ratio in [0, ∞); "n/a" for nullopt.
std::string format_ratio(const std::optional<double>& ratio);

/// "87%" for a figure already in percent.
std::string format_percent(double percent);

/// The calendar day (YYYY-MM-DD, UTC) of a Unix time; `missing` when there is none.
std::string format_day(const std::optional<long long>& unix_time, std::string_view missing);

}  // namespace tollgate
