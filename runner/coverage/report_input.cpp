#include "runner/coverage/report_input.hpp"

#include <algorithm>
#include <cstring>

namespace tollgate {

std::size_t find_byte(std::string_view text, std::size_t from, char byte, ReleaseCadence* cadence) {
    constexpr std::size_t k_chunk = std::size_t{1} << 20;
    while (from < text.size()) {
        const std::size_t n = std::min(k_chunk, text.size() - from);
        if (const void* hit = std::memchr(text.data() + from, byte, n)) {
            return static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
        }
        from += n;
        if (cadence != nullptr) cadence->reached(from);
    }
    return std::string_view::npos;
}

SourceLocation location_at(std::string_view text, std::size_t offset, const std::string& origin) {
    if (offset > text.size()) offset = text.size();
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    return SourceLocation{origin, line, static_cast<int>(offset - line_start) + 1};
}

}  // namespace tollgate
