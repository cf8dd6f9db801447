#include "runner/inventory/effort.hpp"

#include "runner/core/text.hpp"

#include <charconv>

namespace tollgate {

namespace {

std::optional<double> parse_number(std::string_view s) {
    s = trim(s);
    if (s.empty() || s.front() == '-' || s.front() == '+') return std::nullopt;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

}  // namespace

std::optional<Effort> Effort::parse(std::string_view text) {
    std::string_view body = trim(text);
    double unit = hours_per_day;
    if (!body.empty() && (body.back() == 'h' || body.back() == 'd')) {
        unit = body.back() == 'h' ? 1.0 : hours_per_day;
        body.remove_suffix(1);
    }
    const auto dash = body.find('-');
    const auto low = parse_number(body.substr(0, dash));
    const auto high = dash == std::string_view::npos ? low : parse_number(body.substr(dash + 1));
    if (!low || !high || *low > *high) return std::nullopt;
    return Effort{*low * unit, *high * unit, std::string(trim(text))};
}

}  // namespace tollgate
