#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// Durations are kept in milliseconds throughout tollgate.
using Millis = std::chrono::milliseconds;

/// Parses "90s", "5m", "1h30m", "250ms", "2d" (a day is 24 h here);
/// a bare number is seconds. Returns nullopt on anything else.
std::optional<Millis> parse_duration(std::string_view text);

/// Formats as the shortest exact form, e.g. "1h30m", "90s" → "1m30s", "250ms".
std::string format_duration(Millis value);

/// Seconds as a plain decimal with 2 places, e.g. "1.42" (JUnit wants no exponent).
std::string format_seconds(Millis value);

}  // namespace tollgate
