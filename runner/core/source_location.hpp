#pragma once

#include <string>

namespace tollgate {

/// A position in an input file; line and column are 1-based, 0 means unknown.
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;

    /// "file:line:col", or less when parts are unknown.
    [[nodiscard]] std::string str() const {
        std::string out = file;
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0) out += ':' + std::to_string(column);
        }
        return out;
    }
    [[nodiscard]] bool known() const { return !file.empty(); }
    friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

}  // namespace tollgate
