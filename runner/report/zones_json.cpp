#include "runner/report/zones_json.hpp"

#include "runner/core/text.hpp"
#include "runner/git/raw_path.hpp"

#include <cstdio>

// Written directly rather than through a JSON DOM (or json_writer.hpp, which
// checks and copies every key): a large change has tens of thousands of
// entries, and rendering them must not cost more than reading them from git.

namespace tollgate {

namespace {

// Appends `raw` as a JSON string: runs of plain bytes in one go, escapes
// where JSON needs them, invalid UTF-8 replaced (raw_path.hpp).
void put_string(std::string& out, std::string_view raw) {
    std::string repaired;
    std::string_view s = raw;
    if (!is_valid_utf8(raw)) {
        repaired = lossy_utf8(raw);
        s = repaired;
    }
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.substr(run, i - run));
        run = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default: {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                out += buf;
            }
        }
    }
    out.append(s.substr(run));
    out += '"';
}

void put_string_or_null(std::string& out, std::string_view s) {
    if (s.empty()) {
        out += "null";
    } else {
        put_string(out, s);
    }
}

// One object member at `indent`; the caller writes the value.
void key(std::string& out, int indent, std::string_view name, bool& first) {
    out += first ? "\n" : ",\n";
    first = false;
    out.append(static_cast<std::size_t>(indent), ' ');
    out += '"';
    out += name;
    out += "\": ";
}

void put_string_array(std::string& out, int indent, const std::vector<std::string>& items) {
    if (items.empty()) {
        out += "[]";
        return;
    }
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += i == 0 ? "\n" : ",\n";
        out.append(static_cast<std::size_t>(indent + 2), ' ');
        put_string(out, items[i]);
    }
    out += '\n';
    out.append(static_cast<std::size_t>(indent), ' ');
    out += ']';
}

// "path" plus, for bytes that are not UTF-8, "path_bytes" in base64.
void put_path(std::string& out, int indent, std::string_view name, const std::string& raw, bool& first) {
    key(out, indent, name, first);
    put_string_or_null(out, raw);
    if (!raw.empty() && !is_valid_utf8(raw)) {
        key(out, indent, std::string(name) + "_bytes", first);
        put_string(out, base64_encode(raw));
    }
}

void put_mode(std::string& out, std::uint32_t mode) {
    if (mode == 0) {
        out += "null";
        return;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "\"%06o\"", mode);
    out += buf;
}

const char* mode_name(ChangeMode mode) {
    switch (mode) {
        case ChangeMode::range: return "range";
        case ChangeMode::staged: return "staged";
        case ChangeMode::worktree: return "worktree";
        case ChangeMode::paths: return "paths";
    }
    return "paths";
}

void put_entry(std::string& out, const ZonesResult& result, const ZonesEntry& e) {
    const PathVerdict& v = e.verdict;
    constexpr int in = 6;
    bool first = true;
    out += "    {";
    put_path(out, in, "path", v.path, first);
    put_path(out, in, "old_path", v.old_path, first);
    key(out, in, "status", first);
    put_string(out, to_string(v.status));
    key(out, in, "zone", first);
    put_string_or_null(out, v.zone);
    key(out, in, "owner", first);
    put_string_or_null(out, join(v.owners, ", "));
    key(out, in, "owners", first);
    put_string_array(out, in, v.owners);
    key(out, in, "rule", first);
    put_string_or_null(out, v.rule);
    key(out, in, "verdict", first);
    out += result.judged ? (v.allowed ? "\"allowed\"" : "\"violation\"") : "null";
    key(out, in, "reason", first);
    put_string_or_null(out, result.judged ? v.reason : std::string());
    key(out, in, "pattern", first);
    put_string_or_null(out, e.pattern);
    key(out, in, "pattern_where", first);
    put_string_or_null(out, v.pattern_where.known() ? v.pattern_where.str() : std::string());
    key(out, in, "lines_added", first);
    out += e.file.lines_known ? std::to_string(e.file.lines_added) : "null";
    key(out, in, "lines_removed", first);
    out += e.file.lines_known ? std::to_string(e.file.lines_removed) : "null";
    key(out, in, "binary", first);
    out += e.file.binary ? "true" : "false";
    key(out, in, "old_mode", first);
    put_mode(out, e.file.old_mode);
    key(out, in, "new_mode", first);
    put_mode(out, e.file.new_mode);
    out += "\n    }";
}

}  // namespace

std::string render_zones_json(const ZonesResult& result) {
    std::string out;
    out.reserve(512 + result.entries.size() * 640);
    bool first = true;
    constexpr int in = 2;
    out += '{';
    key(out, in, "version", first);
    out += '1';
    key(out, in, "verb", first);
    out += "\"zones\"";
    key(out, in, "mode", first);
    put_string(out, mode_name(result.mode));
    key(out, in, "verdict", first);
    out += result.passed() ? "\"pass\"" : "\"fail\"";
    key(out, in, "packet", first);
    put_string_or_null(out, result.packet);
    key(out, in, "branch", first);
    put_string_or_null(out, result.branch);
    key(out, in, "base", first);
    put_string_or_null(out, result.base_ref);
    key(out, in, "base_commit", first);
    put_string_or_null(out, result.base_commit);
    key(out, in, "head", first);
    put_string_or_null(out, result.head_ref);
    key(out, in, "head_commit", first);
    put_string_or_null(out, result.head_commit);
    key(out, in, "violations", first);
    out += std::to_string(result.violations);
    key(out, in, "notes", first);
    put_string_array(out, in, result.notes);
    key(out, in, "changed", first);
    if (result.entries.empty()) {
        out += "[]";
    } else {
        out += '[';
        for (std::size_t i = 0; i < result.entries.size(); ++i) {
            out += i == 0 ? "\n" : ",\n";
            put_entry(out, result, result.entries[i]);
        }
        out += "\n  ]";
    }
    out += "\n}\n";
    return out;
}

}  // namespace tollgate
