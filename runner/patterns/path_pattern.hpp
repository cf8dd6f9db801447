#pragma once

#include "runner/patterns/glob.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// One GitHub CODEOWNERS pattern, compiled (DESIGN §5.2, issue "Git truth" §4).
/// Paths are repository-relative with '/' separators and no leading '/'.
///
/// Semantics are gitignore's minus what CODEOWNERS drops: a leading or middle
/// '/' anchors to the root, otherwise the pattern floats to any depth; a
/// trailing '/' names a directory (everything below it); `*` and `?` stay in
/// one segment; `**/` leading, `/**` trailing, `/**/` zero or more
/// directories; a pattern that names a directory covers every file below it,
/// except that a final lone `*` (`docs/*`, `/*`) covers direct children only.
/// No `!` negation and no `[...]` classes (brackets are literal); `\` escapes.
/// Gate `changed:` globs use this class too, so they read like zone paths.
class PathPattern {
public:
    /// Compiles `text`; on failure returns nullopt and sets `error` (e.g. "'!' negation
    /// is not supported by CODEOWNERS").
    static std::optional<PathPattern> compile(std::string_view text, std::string& error);

    /// True when the pattern matches the file `path` (or a directory containing it).
    [[nodiscard]] bool matches(std::string_view path) const;
    /// The source text as written.
    [[nodiscard]] const std::string& text() const { return m_text; }

    /// True when a leading or middle '/' ties the pattern to the repository root.
    [[nodiscard]] bool anchored() const { return m_anchored; }
    /// True when a trailing '/' restricts the pattern to directories.
    [[nodiscard]] bool directory_only() const { return m_directory_only; }
    /// The compiled form, matched against the path's segments (for indexing).
    [[nodiscard]] const std::vector<GlobSegment>& segments() const { return m_segments; }

private:
    std::string m_text;
    std::vector<GlobSegment> m_segments;
    bool m_anchored = false;
    bool m_directory_only = false;
};

}  // namespace tollgate
