#include "runner/coverage/numbers.hpp"

#include <charconv>
#include <cmath>
#include <limits>

namespace tollgate {

std::optional<std::uint64_t> parse_unsigned(std::string_view text) {
    if (text.empty()) return std::nullopt;
    constexpr auto k_max = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        value = value > (k_max - digit) / 10 ? k_max : value * 10 + digit;
    }
    return value;
}

std::optional<ParsedCount> parse_count(std::string_view text) {
    ParsedCount out;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        out.negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto value = parse_unsigned(text);
    if (!value) return std::nullopt;
    out.value = *value;
    if (out.value == 0) out.negative = false;
    return out;
}

std::optional<std::uint32_t> parse_u32(std::string_view text) {
    const auto value = parse_unsigned(text);
    if (!value || *value > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
    return static_cast<std::uint32_t>(*value);
}

std::optional<std::uint64_t> parse_loose_count(std::string_view text) {
    if (const auto c = parse_count(text)) return c->negative ? 0 : c->value;
    double d = 0;
    const auto res = std::from_chars(text.data(), text.data() + text.size(), d);
    if (res.ec != std::errc{} || res.ptr != text.data() + text.size() || std::isnan(d)) return std::nullopt;
    if (d <= 0) return 0;
    if (d >= 1.8e19) return std::numeric_limits<std::uint64_t>::max();
    return static_cast<std::uint64_t>(d);
}

}  // namespace tollgate
