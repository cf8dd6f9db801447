#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// One GitHub CODEOWNERS pattern, compiled (DESIGN §5.2, issue "Git truth" §4).
/// Paths are repository-relative with '/' separators and no leading '/'.
class PathPattern {
public:
    /// Compiles `text`; on failure returns nullopt and sets `error` (e.g. "'!' negation
    /// is not supported by CODEOWNERS").
    static std::optional<PathPattern> compile(std::string_view text, std::string& error);

    /// True when the pattern matches the file `path` (or a directory containing it).
    [[nodiscard]] bool matches(std::string_view path) const;
    [[nodiscard]] const std::string& text() const { return m_text; }

private:
    std::string m_text;
    // Representation is private to path_pattern.cpp's implementation.
    std::string m_compiled;
    bool m_anchored = false;
    bool m_directory_only = false;
    friend struct PathPatternAccess;
};

}  // namespace tollgate
