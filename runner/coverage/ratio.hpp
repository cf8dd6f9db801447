#pragma once

// Exact coverage arithmetic. Figures are compared as integers, never as
// floating point, so 79.96 % against a minimum of 80 fails and a rounded
// "80.00" is never printed next to a failing verdict.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// How many of the coverable items (lines, branches, functions) were covered.
struct CoverageCounts {
    std::uint64_t covered = 0;  ///< items that ran
    std::uint64_t total = 0;    ///< coverable items

    /// True when nothing was coverable: the figure is "n/a", neither 0 % nor 100 %.
    [[nodiscard]] bool empty() const { return total == 0; }
    /// Adds another count, saturating at 2^64-1.
    CoverageCounts& operator+=(const CoverageCounts& other);
    /// Equal when both numbers are.
    friend bool operator==(const CoverageCounts&, const CoverageCounts&) = default;
};

/// A percentage written as a decimal ("80", "79.96"), held exactly as
/// numerator / denominator with the denominator a power of ten.
struct Percent {
    std::uint64_t numerator = 0;    ///< e.g. 7996 for 79.96
    std::uint64_t denominator = 1;  ///< a power of ten, e.g. 100
    std::string text;               ///< as written, normalised ("80", "79.96")

    /// Parses "80", "79.96", "80%"; nullopt unless 0 <= value <= 100 with at most 9 decimals.
    static std::optional<Percent> parse(std::string_view text);
    /// The exact decimal a double holds when printed shortest (inventory values are doubles).
    static std::optional<Percent> from_double(double value);
};

/// covered / total >= min, computed exactly; false for an empty total.
bool meets(const CoverageCounts& counts, const Percent& min);
/// a / a_total >= b / b_total exactly (no-drop: current against baseline); an empty side counts as 100 %.
bool at_least(const CoverageCounts& a, const CoverageCounts& b);
/// "78.57": two decimals, truncated (79.996 prints "79.99"); "n/a" for an empty total.
std::string format_percent(const CoverageCounts& counts);
/// The truncated percentage in hundredths (7857 for 78.57 %); nullopt for an empty total.
std::optional<std::uint64_t> percent_hundredths(const CoverageCounts& counts);

}  // namespace tollgate
