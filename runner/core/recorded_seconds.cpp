#include "runner/core/recorded_seconds.hpp"

#include <cmath>

namespace tollgate {

std::optional<Millis> millis_from_seconds(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0 || seconds > k_max_recorded_seconds) return std::nullopt;
    return Millis(std::llround(seconds * 1000));
}

}  // namespace tollgate
