#include "runner/report/zones_json.hpp"

#include "runner/core/parallel_for.hpp"
#include "runner/core/text.hpp"
#include "runner/git/raw_path.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <vector>

// Written directly rather than through a JSON DOM (or json_writer.hpp, which
// checks and copies every key): a large change has tens of thousands of
// entries, and rendering them must not cost more than reading them from git.

namespace tollgate {

namespace {

// True when every byte is printable ASCII that JSON takes as it is: the
// common case, copied in one append without a UTF-8 check.
bool plain_ascii(std::string_view s) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
    }
    return true;
}

// Appends `raw` as a JSON string: runs of plain bytes in one go, escapes
// where JSON needs them, invalid UTF-8 replaced (raw_path.hpp).
void put_string(std::string& out, std::string_view raw) {
    if (plain_ascii(raw)) {
        out += '"';
        out += raw;
        out += '"';
        return;
    }
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
        out.append(static_cast<std::size_t>(indent) + 2, ' ');
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
    if (!raw.empty() && !plain_ascii(raw) && !is_valid_utf8(raw)) {
        key(out, indent, std::string(name) + "_bytes", first);
        put_string(out, base64_encode(raw));
    }
}

void put_mode(std::string& out, std::uint32_t mode) {
    if (mode == 0) {
        out += "null";
        return;
    }
    // Six octal digits, quoted ("100644"), without a printf per entry.
    char buf[8] = {'"', '0', '0', '0', '0', '0', '0', '"'};
    for (int i = 6; i >= 1 && mode != 0; --i, mode >>= 3) buf[i] = static_cast<char>('0' + (mode & 7));
    out.append(buf, sizeof buf);
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

// "file:line:col" as SourceLocation::str() writes it, or null; without
// the two temporary strings str() makes for every entry.
void put_location(std::string& out, const SourceLocation& where) {
    if (!where.known()) {
        out += "null";
        return;
    }
    put_string(out, where.file);
    out.pop_back();  // the closing quote: the numbers go inside
    for (const int n : {where.line, where.column}) {
        if (n <= 0) break;  // a column only after a line
        char buf[16];
        out += ':';
        out.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
    }
    out += '"';
}

// A number, or null when unknown.
void put_count(std::string& out, bool known, int n) {
    if (!known) {
        out += "null";
        return;
    }
    char buf[16];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, end);
}

// Tens of thousands of entries: the keys are literals (the indent is
// fixed) and nothing builds a temporary string it could append directly.
void put_entry(std::string& out, const ZonesResult& result, const PathVerdict& v, const ChangedFile& file) {
    constexpr int in = 6;
    bool first = true;
    out += "    {";
    put_path(out, in, "path", v.path, first);
    put_path(out, in, "old_path", v.old_path, first);
    out += ",\n      \"status\": ";
    put_string(out, to_string(v.status));
    out += ",\n      \"zone\": ";
    put_string_or_null(out, v.zone);
    out += ",\n      \"owner\": ";
    if (v.owners.size() == 1) {
        put_string(out, v.owners.front());
    } else {
        put_string_or_null(out, join(v.owners, ", "));
    }
    out += ",\n      \"owners\": ";
    put_string_array(out, in, v.owners);
    out += ",\n      \"rule\": ";
    put_string_or_null(out, v.rule);
    out += ",\n      \"verdict\": ";
    out += result.judged ? (v.allowed ? "\"allowed\"" : "\"violation\"") : "null";
    out += ",\n      \"reason\": ";
    put_string_or_null(out, result.judged ? std::string_view(v.reason) : std::string_view());
    out += ",\n      \"pattern\": ";
    put_string_or_null(out, v.pattern);
    out += ",\n      \"pattern_where\": ";
    put_location(out, v.pattern_where);
    out += ",\n      \"lines_added\": ";
    put_count(out, file.lines_known, file.lines_added);
    out += ",\n      \"lines_removed\": ";
    put_count(out, file.lines_known, file.lines_removed);
    out += ",\n      \"binary\": ";
    out += file.binary ? "true" : "false";
    out += ",\n      \"old_mode\": ";
    put_mode(out, file.old_mode);
    out += ",\n      \"new_mode\": ";
    put_mode(out, file.new_mode);
    out += "\n    }";
}

}  // namespace

void render_zones_json_to(const ZonesResult& result, const std::function<void(std::string_view)>& sink) {
    std::string out;
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
    if (result.verdicts.empty()) {
        out += "[]\n}\n";
        sink(out);
        return;
    }
    out += '[';
    sink(out);
    // Entries render independently: a round of blocks in parallel, each into
    // a buffer of its own that is reused by the next round once written, so
    // the memory touched stays a few blocks however large the change. Each
    // thread gets several blocks a round, or one thread would often finish
    // a round's blocks before another had even started.
    constexpr std::size_t k_block = 512;
    constexpr std::size_t k_blocks_per_thread = 4;
    const std::size_t n = result.verdicts.size();
    const std::size_t blocks = (n + k_block - 1) / k_block;
    const std::size_t threads = useful_threads(blocks, k_blocks_per_thread);
    const std::size_t per_round = threads * k_blocks_per_thread;
    std::vector<std::string> buffers(std::min(per_round, blocks));
    for (std::size_t first_block = 0; first_block < blocks; first_block += per_round) {
        const std::size_t count = std::min(per_round, blocks - first_block);
        parallel_for(count, std::min(threads, count), [&](std::size_t k) {
            // Appended to on the thread's own stack: neighbouring strings in
            // `buffers` share a cache line, and every append writes the size.
            std::string text = std::move(buffers[k]);
            text.clear();
            const std::size_t b = first_block + k;
            const std::size_t end = std::min(n, (b + 1) * k_block);
            text.reserve((end - b * k_block) * 640);
            for (std::size_t i = b * k_block; i < end; ++i) {
                text += i == 0 ? "\n" : ",\n";
                put_entry(text, result, result.verdicts[i], result.files[i]);
            }
            buffers[k] = std::move(text);
        });
        for (std::size_t k = 0; k < count; ++k) sink(buffers[k]);
    }
    sink("\n  ]\n}\n");
}

std::string render_zones_json(const ZonesResult& result) {
    std::string out;
    render_zones_json_to(result, [&out](std::string_view part) { out += part; });
    return out;
}

}  // namespace tollgate
