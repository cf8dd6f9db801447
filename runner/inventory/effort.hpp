#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// Working hours in a plan day: "2-3d" of effort is 16–24 working hours.
inline constexpr double hours_per_day = 8.0;

/// An effort estimate: "N" or "N-M" with unit h or d (d is the default).
struct Effort {
    double low_hours = 0;
    double high_hours = 0;
    std::string text;  ///< as written

    [[nodiscard]] double mid_hours() const { return (low_hours + high_hours) / 2; }
    /// Parses "3", "2-3d", "4h", "1.5d"; nullopt when malformed or low > high.
    static std::optional<Effort> parse(std::string_view text);
};

}  // namespace tollgate
