#include "runner/core/duration.hpp"

#include <cstdio>
#include <limits>

namespace tollgate {

std::optional<Millis> parse_duration(std::string_view text) {
    if (text.empty()) return std::nullopt;
    long long total = 0;
    std::size_t i = 0;
    bool any_unit = false;
    while (i < text.size()) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        long long number = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            if (number > std::numeric_limits<long long>::max() / 10 - 10) return std::nullopt;
            number = number * 10 + (text[i] - '0');
            ++i;
        }
        if (i == text.size()) {
            // A bare trailing number is only valid when it is the whole text.
            if (any_unit) return std::nullopt;
            return Millis(number * 1000);
        }
        long long factor = 0;
        if (text.substr(i, 2) == "ms") {
            factor = 1;
            i += 2;
        } else {
            switch (text[i]) {
                case 's': factor = 1000; break;
                case 'm': factor = 60'000; break;
                case 'h': factor = 3'600'000; break;
                case 'd': factor = 86'400'000; break;
                default: return std::nullopt;
            }
            ++i;
        }
        if (number > std::numeric_limits<long long>::max() / factor) return std::nullopt;
        total += number * factor;
        any_unit = true;
    }
    return Millis(total);
}

std::string format_duration(Millis value) {
    long long ms = value.count();
    if (ms == 0) return "0s";
    std::string out;
    if (ms < 0) {
        out = "-";
        ms = -ms;
    }
    const struct {
        long long size;
        const char* unit;
    } parts[] = {{86'400'000, "d"}, {3'600'000, "h"}, {60'000, "m"}, {1000, "s"}, {1, "ms"}};
    for (const auto& p : parts) {
        if (ms >= p.size) {
            out += std::to_string(ms / p.size) + p.unit;
            ms %= p.size;
        }
    }
    return out;
}

std::string format_seconds(Millis value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(value.count()) / 1000.0);
    return buf;
}

}  // namespace tollgate
