#include "runner/coverage/report_input.hpp"

namespace tollgate {

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
