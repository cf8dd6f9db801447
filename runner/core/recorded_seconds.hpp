#pragma once

// Durations read back from files earlier runs wrote (results.json
// "duration_s", a CI artifact): untrusted numbers, so each is checked before
// it becomes an integer count of milliseconds.

#include "runner/core/duration.hpp"

#include <optional>

namespace tollgate {

/// The longest duration read from a file: 10^12 s (about 31,700 years),
/// far inside Millis's range, so sums of many stay exact.
inline constexpr double k_max_recorded_seconds = 1e12;

/// Seconds as Millis, rounded; nullopt unless finite and within
/// 0…k_max_recorded_seconds (beyond it llround's result is unspecified:
/// 1e300 became LLONG_MIN, a negative duration).
std::optional<Millis> millis_from_seconds(double seconds);

}  // namespace tollgate
