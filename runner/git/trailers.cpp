#include "runner/git/trailers.hpp"

#include "runner/core/text.hpp"

#include <algorithm>
#include <cctype>

// A transcription of git 2.39's trailer.c block detection (find_trailer_end,
// find_trailer_start, find_separator, unfold_value) for the no-divider case
// that `git log --format=%(trailers)` uses. Offsets mirror git's so the two
// can be compared line by line.

namespace tollgate {

namespace {

constexpr char k_comment = '#';
constexpr std::string_view k_git_generated[] = {"Signed-off-by: ", "(cherry picked from commit "};

// Offset just past the end of the line starting at `pos` (after its '\n').
std::size_t next_line(std::string_view buf, std::size_t pos) {
    const auto nl = buf.find('\n', pos);
    return nl == std::string_view::npos ? buf.size() : nl + 1;
}

// Start of the last line of buf[0, len); -1 when len == 0.
long last_line(std::string_view buf, std::size_t len) {
    if (len == 0) return -1;
    if (len == 1) return 0;
    // The final character is skipped: a trailing '\n' belongs to the last line.
    for (long i = static_cast<long>(len) - 2; i >= 0; --i) {
        if (buf[static_cast<std::size_t>(i)] == '\n') return i + 1;
    }
    return 0;
}

bool is_blank_line(std::string_view buf, std::size_t pos) {
    for (; pos < buf.size() && buf[pos] != '\n'; ++pos) {
        if (!is_ascii_space(buf[pos])) return false;
    }
    return true;
}

// Position of the ':' that makes `line` a trailer, or -1 (git's find_separator).
long find_separator(std::string_view line) {
    bool whitespace_found = false;
    for (std::size_t i = 0; i < line.size() && line[i] != '\n'; ++i) {
        const char c = line[i];
        if (c == ':') return static_cast<long>(i);
        if (!whitespace_found && (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-')) continue;
        if (i != 0 && (c == ' ' || c == '\t')) {
            whitespace_found = true;
            continue;
        }
        break;
    }
    return -1;
}

// Length of the message without trailing blank/comment lines and an old
// "Conflicts:" block (git's ignore_non_trailer).
std::size_t find_trailer_end(std::string_view buf) {
    std::size_t boc = 0;
    bool boc_set = false;
    bool in_conflicts = false;
    for (std::size_t bol = 0; bol < buf.size(); bol = next_line(buf, bol)) {
        const std::string_view rest = buf.substr(bol);
        if (rest[0] == k_comment || rest[0] == '\n') {
            if (!boc_set) boc = bol, boc_set = true;
        } else if (rest.starts_with("Conflicts:\n")) {
            in_conflicts = true;
            if (!boc_set) boc = bol, boc_set = true;
        } else if (in_conflicts && rest[0] == '\t') {
            // a path name inside the conflicts block
        } else if (boc_set) {
            boc_set = false;
            in_conflicts = false;
        }
    }
    return boc_set ? boc : buf.size();
}

std::size_t find_trailer_start(std::string_view buf, std::size_t len) {
    // The first paragraph is the title and cannot hold trailers.
    std::size_t s = 0;
    for (; s < len; s = next_line(buf, s)) {
        if (buf[s] == k_comment) continue;
        if (is_blank_line(buf, s)) break;
    }
    const auto end_of_title = static_cast<long>(s);

    bool only_spaces = true;
    bool recognized_prefix = false;
    int trailer_lines = 0;
    int non_trailer_lines = 0;
    int possible_continuation_lines = 0;
    for (long l = last_line(buf, len); l >= end_of_title && l >= 0; l = last_line(buf, static_cast<std::size_t>(l))) {
        const auto bol = static_cast<std::size_t>(l);
        const std::string_view line = buf.substr(bol);
        if (line[0] == k_comment) {
            non_trailer_lines += possible_continuation_lines;
            possible_continuation_lines = 0;
            continue;
        }
        if (is_blank_line(buf, bol)) {
            if (only_spaces) continue;
            non_trailer_lines += possible_continuation_lines;
            if (recognized_prefix && trailer_lines * 3 >= non_trailer_lines) return next_line(buf, bol);
            if (trailer_lines > 0 && non_trailer_lines == 0) return next_line(buf, bol);
            return len;
        }
        only_spaces = false;
        bool generated = false;
        for (const auto prefix : k_git_generated) generated = generated || line.starts_with(prefix);
        if (generated) {
            ++trailer_lines;
            possible_continuation_lines = 0;
            recognized_prefix = true;
        } else if (find_separator(line) >= 1 && !is_ascii_space(line[0])) {
            ++trailer_lines;
            possible_continuation_lines = 0;
        } else if (is_ascii_space(line[0])) {
            ++possible_continuation_lines;
        } else {
            non_trailer_lines += 1 + possible_continuation_lines;
            possible_continuation_lines = 0;
        }
    }
    return len;
}

// Collapses each newline plus following whitespace to one space, then trims.
std::string unfold(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size();) {
        const char c = value[i++];
        if (c == '\n') {
            while (i < value.size() && is_ascii_space(value[i])) ++i;
            out += ' ';
        } else {
            out += c;
        }
    }
    return std::string(trim(out));
}

}  // namespace

std::vector<Trailer> parse_trailers(std::string_view message) {
    const std::size_t end = find_trailer_end(message);
    const std::size_t start = find_trailer_start(message, end);
    std::vector<Trailer> out;
    if (start >= end) return out;

    // Split the block into logical lines, gluing continuation lines onto the
    // trailer before them (as git does before parsing).
    std::vector<std::string> logical;
    bool last_is_trailer = false;
    for (std::size_t pos = start; pos < end;) {
        const std::size_t next = std::min(next_line(message, pos), end);
        const std::string_view line = message.substr(pos, next - pos);
        pos = next;
        if (last_is_trailer && is_ascii_space(line[0])) {
            logical.back() += line;
            continue;
        }
        logical.emplace_back(line);
        last_is_trailer = find_separator(line) >= 1;
    }
    for (const auto& line : logical) {
        if (line.empty() || line[0] == k_comment) continue;
        const long sep = find_separator(line);
        if (sep < 1) continue;
        const auto at = static_cast<std::size_t>(sep);
        Trailer t;
        t.key = std::string(trim(std::string_view(line).substr(0, at)));
        t.value = unfold(trim(std::string_view(line).substr(at + 1)));
        out.push_back(std::move(t));
    }
    return out;
}

std::string_view trailer_key_name(TrailerKey key) {
    switch (key) {
        case TrailerKey::packet: return "Packet";
        case TrailerKey::verified: return "Verified";
        case TrailerKey::coordinated_with: return "Coordinated-With";
    }
    return "Packet";
}

bool is_trailer_key(std::string_view written, TrailerKey key) {
    return equals_ignoring_case(written, trailer_key_name(key));
}

std::vector<std::string> trailer_ids(std::string_view value) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < value.size()) {
        const auto end = std::min(value.find_first_of(", \t", start), value.size());
        if (end > start) out.emplace_back(value.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::vector<std::string> trailer_values(const std::vector<Trailer>& trailers, TrailerKey key) {
    std::vector<std::string> out;
    for (const auto& t : trailers) {
        const auto value = trim(t.value);
        if (is_trailer_key(t.key, key) && !value.empty()) out.emplace_back(value);
    }
    return out;
}

std::vector<std::string> trailer_values(const std::multimap<std::string, std::string>& trailers, TrailerKey key) {
    std::vector<std::string> out;
    for (const auto& [written, raw] : trailers) {
        const auto value = trim(raw);
        if (is_trailer_key(written, key) && !value.empty()) out.emplace_back(value);
    }
    return out;
}

std::set<std::string> verified_gates(const ChangeSet& change) {
    std::set<std::string> out;
    for (const auto& commit : change.commits) {
        for (const auto& value : trailer_values(commit.trailers, TrailerKey::verified)) {
            for (auto& id : trailer_ids(value)) out.insert(std::move(id));
        }
    }
    return out;
}

}  // namespace tollgate
