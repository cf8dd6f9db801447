#include "runner/patterns/glob.hpp"

namespace tollgate {

namespace {

// Bytes in the UTF-8 sequence at s[i] when it is valid, else 1: `?` and the
// backtracking `*` step over whole characters so `?` never eats half of one.
std::size_t char_length(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 1;
    if ((c & 0xE0) == 0xC0) n = 2;
    else if ((c & 0xF0) == 0xE0) n = 3;
    else if ((c & 0xF8) == 0xF0) n = 4;
    if (n == 1 || i + n > s.size()) return 1;
    for (std::size_t k = 1; k < n; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
    }
    return n;
}

// Removes escapes from a segment known to hold no wildcard.
std::string unescape(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) ++i;
        out += raw[i];
    }
    return out;
}

// A run of unescaped `*` inside a mixed segment is one `*` (gitignore: "other
// consecutive asterisks are regular asterisks"); escapes stay as written.
std::string collapse_stars(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\') {
            out += raw[i];
            out += raw[++i];
        } else if (raw[i] != '*' || out.empty() || out.back() != '*' ||
                   (out.size() >= 2 && out[out.size() - 2] == '\\')) {
            out += raw[i];
        }
    }
    return out;
}

bool finish_segment(std::string& raw, bool has_wildcard, std::vector<GlobSegment>& out, std::string& error) {
    if (raw.empty()) {
        error = "empty path segment ('//')";
        return false;
    }
    GlobSegment seg;
    if (raw == "**") {
        seg.kind = GlobSegment::Kind::any_depth;
        // `**/**` means the same as one `**`; merging keeps matching linear.
        if (!out.empty() && out.back().kind == GlobSegment::Kind::any_depth) {
            raw.clear();
            return true;
        }
    } else if (raw == "*") {
        seg.kind = GlobSegment::Kind::any;
    } else if (!has_wildcard) {
        seg.text = unescape(raw);
        if (seg.text == "." || seg.text == "..") {
            error = "'" + seg.text + "' segments are not supported; patterns are relative to the repository root";
            return false;
        }
    } else {
        seg.kind = GlobSegment::Kind::wildcard;
        seg.text = collapse_stars(raw);
    }
    out.push_back(std::move(seg));
    raw.clear();
    return true;
}

}  // namespace

std::optional<std::vector<GlobSegment>> parse_glob_segments(std::string_view text, std::string& error) {
    std::vector<GlobSegment> out;
    std::string raw;
    bool has_wildcard = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\\') {
            if (i + 1 == text.size()) {
                error = "ends with a lone '\\' that escapes nothing";
                return std::nullopt;
            }
            if (text[i + 1] == '/') {
                error = "'\\/' at character " + std::to_string(i + 1) + ": a path separator cannot be escaped";
                return std::nullopt;
            }
            raw += text.substr(i, 2);
            i += 2;
        } else if (c == '/') {
            if (!finish_segment(raw, has_wildcard, out, error)) return std::nullopt;
            has_wildcard = false;
            ++i;
        } else if (c == '*') {
            std::size_t run = 1;
            while (i + run < text.size() && text[i + run] == '*') ++run;
            if (run >= 3) {
                error = "three or more consecutive '*' at character " + std::to_string(i + 1) +
                        " are ambiguous; use '*' (one segment) or '**' (any depth)";
                return std::nullopt;
            }
            raw.append(run, '*');
            has_wildcard = true;
            i += run;
        } else {
            if (c == '?') has_wildcard = true;
            raw += c;
            ++i;
        }
    }
    if (!finish_segment(raw, has_wildcard, out, error)) return std::nullopt;
    return out;
}

bool match_wildcard_segment(std::string_view pattern, std::string_view subject) {
    std::size_t p = 0;
    std::size_t s = 0;
    std::size_t star_p = std::string_view::npos;
    std::size_t star_s = 0;
    while (s < subject.size()) {
        if (p < pattern.size()) {
            const char c = pattern[p];
            if (c == '*') {
                star_p = ++p;
                star_s = s;
                continue;
            }
            if (c == '?') {
                s += char_length(subject, s);
                ++p;
                continue;
            }
            if (c == '\\' && p + 1 < pattern.size()) {
                if (pattern[p + 1] == subject[s]) {
                    p += 2;
                    ++s;
                    continue;
                }
            } else if (c == subject[s]) {
                ++p;
                ++s;
                continue;
            }
        }
        if (star_p == std::string_view::npos) return false;
        // Let the last `*` absorb one more character and retry from there.
        star_s += char_length(subject, star_s);
        s = star_s;
        p = star_p;
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

bool match_segment(const GlobSegment& segment, std::string_view subject) {
    switch (segment.kind) {
        case GlobSegment::Kind::literal: return subject == segment.text;
        case GlobSegment::Kind::wildcard: return match_wildcard_segment(segment.text, subject);
        case GlobSegment::Kind::any:
        case GlobSegment::Kind::any_depth: return true;
    }
    return false;
}

bool match_segments(const std::vector<GlobSegment>& segments, std::string_view subject) {
    // Classic wildcard matching with `**` as the star and whole segments as
    // the characters: greedy, backtracking only to the last `**` seen.
    const std::size_t done = subject.size() + 1;  // position past the last segment
    const auto segment_end = [&](std::size_t pos) {
        const std::size_t e = subject.find('/', pos);
        return e == std::string_view::npos ? subject.size() : e;
    };
    const std::size_t n = segments.size();
    std::size_t pi = 0;
    std::size_t pos = subject.empty() ? done : 0;
    std::size_t star_pi = std::string_view::npos;
    std::size_t star_pos = 0;
    while (true) {
        if (pi < n && segments[pi].kind == GlobSegment::Kind::any_depth) {
            star_pi = ++pi;
            star_pos = pos;
            continue;
        }
        if (pos == done) break;
        const std::size_t e = segment_end(pos);
        if (pi < n && match_segment(segments[pi], subject.substr(pos, e - pos))) {
            ++pi;
            pos = e + 1;
            continue;
        }
        if (star_pi == std::string_view::npos) return false;
        star_pos = segment_end(star_pos) + 1;
        pos = star_pos;
        pi = star_pi;
    }
    while (pi < n && segments[pi].kind == GlobSegment::Kind::any_depth) ++pi;
    return pi == n;
}

std::optional<Glob> Glob::compile(std::string_view text, std::string& error) {
    if (text.empty()) {
        error = "empty glob";
        return std::nullopt;
    }
    if (text.front() == '/' || text.back() == '/') {
        error = "a branch glob cannot start or end with '/'";
        return std::nullopt;
    }
    auto segments = parse_glob_segments(text, error);
    if (!segments) return std::nullopt;
    Glob glob;
    glob.m_text = std::string(text);
    glob.m_segments = std::move(*segments);
    // A trailing `**` names what is inside, so it needs at least one segment.
    if (glob.m_segments.back().kind == GlobSegment::Kind::any_depth) {
        glob.m_segments.insert(glob.m_segments.end() - 1, GlobSegment{GlobSegment::Kind::any, {}});
    }
    return glob;
}

bool Glob::matches(std::string_view name) const {
    return match_segments(m_segments, name);
}

}  // namespace tollgate
