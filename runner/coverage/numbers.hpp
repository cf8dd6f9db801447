#pragma once

// Number parsing for report readers: hit counts saturate instead of
// overflowing, negative counts are told apart so readers can clamp and warn.

#include <cstdint>
#include <optional>
#include <string_view>

namespace tollgate {

/// A count as written: its magnitude (saturated to 2^64-1) and sign.
struct ParsedCount {
    std::uint64_t value = 0;  ///< magnitude, saturated
    bool negative = false;    ///< written with a minus sign (and not zero)
};

/// Decimal digits only; saturates at 2^64-1; nullopt for anything else.
std::optional<std::uint64_t> parse_unsigned(std::string_view text);
/// Optional '-' then digits; nullopt for anything else.
std::optional<ParsedCount> parse_count(std::string_view text);
/// A line or id number that must fit 32 bits; nullopt when malformed or too large.
std::optional<std::uint32_t> parse_u32(std::string_view text);
/// A JSON/XML number that may be written as a float ("3.0", "1e3"); negatives clamp to 0.
std::optional<std::uint64_t> parse_loose_count(std::string_view text);

}  // namespace tollgate
