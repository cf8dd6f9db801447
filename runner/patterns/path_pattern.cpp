#include "runner/patterns/path_pattern.hpp"

namespace tollgate {

namespace {

using Kind = GlobSegment::Kind;

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

// True when text[i] is preceded by an odd number of backslashes.
bool is_escaped(std::string_view text, std::size_t i) {
    std::size_t n = 0;
    while (n < i && text[i - 1 - n] == '\\') ++n;
    return n % 2 == 1;
}

// Rejects what CODEOWNERS does not accept or what would silently mean
// something else than the author thinks; "" when the text may be parsed.
std::string precheck(std::string_view text) {
    if (text.empty()) return "empty pattern";
    if (text.front() == '#') return "'#' starts a comment, not a pattern (write '\\#' for a literal '#')";
    if (text.front() == '!') {
        return "'!' negation is not supported by CODEOWNERS (write '\\!' for a literal '!')";
    }
    if (is_blank(text.front())) return "leading whitespace (write '\\ ' for a literal space)";
    if (is_blank(text.back()) && !is_escaped(text, text.size() - 1)) {
        return "trailing whitespace (write '\\ ' for a literal space)";
    }
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') return "control character in pattern";
    }
    if (text == "/") return "'/' alone matches nothing (use '*' for every file)";
    return {};
}

}  // namespace

std::optional<PathPattern> PathPattern::compile(std::string_view text, std::string& error) {
    error = precheck(text);
    if (!error.empty()) return std::nullopt;

    PathPattern pattern;
    pattern.m_text = std::string(text);
    std::string_view body = text;
    if (body.back() == '/' && !is_escaped(body, body.size() - 1)) {
        pattern.m_directory_only = true;
        body.remove_suffix(1);
    }
    const bool leading_slash = !body.empty() && body.front() == '/';
    if (leading_slash) body.remove_prefix(1);
    // An escaped '/' is rejected by the parser, so any '/' left is a separator.
    pattern.m_anchored = leading_slash || body.find('/') != std::string_view::npos;

    auto parsed = parse_glob_segments(body, error);
    if (!parsed) return std::nullopt;

    auto& segs = pattern.m_segments;
    // A pattern without a separator may match at any depth: an implicit `**/`.
    if (!pattern.m_anchored) segs.push_back({Kind::any_depth, {}});
    for (auto& s : *parsed) {
        if (s.kind == Kind::any_depth && !segs.empty() && segs.back().kind == Kind::any_depth) continue;
        segs.push_back(std::move(s));
    }
    if (pattern.m_directory_only && segs.size() == 1 && segs.front().kind == Kind::any_depth) {
        // `**/` and `/**/`: some directory, so a file at least two deep.
        segs = {{Kind::any, {}}, {Kind::any, {}}, {Kind::any_depth, {}}};
    } else if (pattern.m_directory_only) {
        // A directory covers everything below it, at least one more segment.
        segs.push_back({Kind::any, {}});
        segs.push_back({Kind::any_depth, {}});
    } else if (segs.back().kind == Kind::any_depth) {
        // Trailing `/**` is everything inside: one or more segments.
        segs.insert(segs.end() - 1, GlobSegment{Kind::any, {}});
    } else if (segs.back().kind != Kind::any) {
        // A name may be a directory, which covers every file below it; a
        // final lone `*` covers direct children only (GitHub's `docs/*`).
        segs.push_back({Kind::any_depth, {}});
    }
    return pattern;
}

bool PathPattern::matches(std::string_view path) const {
    return match_segments(m_segments, path);
}

}  // namespace tollgate
