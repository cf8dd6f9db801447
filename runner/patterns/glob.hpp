#pragma once

// The segment-wise glob engine shared by CODEOWNERS path patterns
// (path_pattern.hpp) and packet branch globs (Glob below). Matching walks the
// '/'-separated segments of the subject in place: no regex, no allocation.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// One compiled '/'-separated piece of a glob.
struct GlobSegment {
    enum class Kind {
        literal,    ///< exact bytes (escapes already removed)
        wildcard,   ///< `*` / `?` within one segment; `\x` kept as an escaped literal x
        any,        ///< a lone `*`: exactly one segment, whatever it is
        any_depth,  ///< `**`: zero or more whole segments
    };
    Kind kind = Kind::literal;
    std::string text;  ///< literal bytes, or the wildcard source; empty for any/any_depth
    friend bool operator==(const GlobSegment&, const GlobSegment&) = default;
};

/// Splits `text` (no leading or trailing '/') into segments. Rejects what no
/// path can match or what reads ambiguously: empty segments (`//`), `.`/`..`,
/// a dangling `\`, an escaped `/`, and three or more consecutive `*`.
/// Within a segment `**` next to other characters is a plain `*` (as in gitignore).
std::optional<std::vector<GlobSegment>> parse_glob_segments(std::string_view text, std::string& error);

/// True when the single segment `subject` (no '/') matches the wildcard
/// source `pattern`: `*` any run, `?` one character (a whole UTF-8 sequence
/// when valid, else one byte), `\x` the literal x.
bool match_wildcard_segment(std::string_view pattern, std::string_view subject);

/// True when `segment` matches the single path segment `subject`.
bool match_segment(const GlobSegment& segment, std::string_view subject);

/// True when the whole of `subject` ('/'-separated) matches `segments`, where
/// `any_depth` stands for zero or more segments.
bool match_segments(const std::vector<GlobSegment>& segments, std::string_view subject);

/// A packet branch glob (DESIGN §5.3), e.g. `packet/foundation/*`: `*` and `?`
/// stay within one '/'-separated segment, a `**` segment spans any number of
/// them (`packet/**` matches `packet/a/b` but not `packet`). The whole name
/// must match. Gate `changed:` globs are paths, so they use PathPattern instead.
class Glob {
public:
    /// Compiles `text`; on failure returns nullopt and sets `error`.
    static std::optional<Glob> compile(std::string_view text, std::string& error);
    /// True when the whole of `name` matches.
    [[nodiscard]] bool matches(std::string_view name) const;
    /// The source text as written.
    [[nodiscard]] const std::string& text() const { return m_text; }

private:
    std::string m_text;
    std::vector<GlobSegment> m_segments;
};

}  // namespace tollgate
