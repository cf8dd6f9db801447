#include "runner/report/zones_json.hpp"

#include "runner/core/json_writer.hpp"
#include "runner/core/parallel_for.hpp"
#include "runner/core/text.hpp"
#include "runner/git/raw_path.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

// Streamed through JsonWriter, in blocks written in parallel: a large change
// has tens of thousands of entries, and rendering them must not cost more
// than reading them from git.

namespace tollgate {

namespace {

// Strings here that are not UTF-8 (paths, and reasons quoting them) show
// one U+FFFD per bad byte, as they always have (raw_path.hpp), rather than
// the writer's one per invalid sequence.
void text(JsonWriter& w, std::string_view s) {
    if (is_valid_utf8(s)) w.value(s);
    else w.value(lossy_utf8(s));
}

void text_or_null(JsonWriter& w, std::string_view s) {
    if (s.empty()) w.null();
    else text(w, s);
}

// "path" plus, for bytes that are not UTF-8, "path_bytes" in base64.
void put_zoned_path(JsonWriter& w, std::string_view name, const std::string& raw) {
    w.key(name);
    if (raw.empty()) {
        w.null();
    } else if (is_valid_utf8(raw)) {
        w.value(raw);
    } else {
        w.value(lossy_utf8(raw));
        w.key(std::string(name) + "_bytes").value(base64_encode(raw));
    }
}

void put_mode(JsonWriter& w, std::uint32_t mode) {
    if (mode == 0) {
        w.null();
        return;
    }
    // Six octal digits, as a string ("100644"), without a printf per entry.
    char buf[6] = {'0', '0', '0', '0', '0', '0'};
    for (int i = 5; i >= 0 && mode != 0; --i, mode >>= 3) buf[i] = static_cast<char>('0' + (mode & 7));
    w.value(std::string_view(buf, sizeof buf));
}

const char* zones_mode_name(ChangeMode mode) {
    switch (mode) {
        case ChangeMode::range: return "range";
        case ChangeMode::staged: return "staged";
        case ChangeMode::worktree: return "worktree";
        case ChangeMode::paths: return "paths";
    }
    return "paths";
}

// "file:line:col" as SourceLocation::str() writes it, or null; built in
// `scratch`, reused across entries, rather than in a new string each time.
void put_location(JsonWriter& w, const SourceLocation& where, std::string& scratch) {
    if (!where.known()) {
        w.null();
        return;
    }
    scratch = where.file;
    for (const int n : {where.line, where.column}) {
        if (n <= 0) break;  // a column only after a line
        char buf[16];
        scratch += ':';
        scratch.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
    }
    text(w, scratch);
}

// A number, or null when unknown.
void put_count(JsonWriter& w, bool known, int n) {
    if (known) w.value(n);
    else w.null();
}

// Tens of thousands of entries: nothing builds a temporary string it
// could write directly.
void put_entry(JsonWriter& w, const ZonesResult& result, const PathVerdict& v, const ChangedFile& file,
               std::string& scratch) {
    w.begin_object();
    put_zoned_path(w, "path", v.path);
    put_zoned_path(w, "old_path", v.old_path);
    w.key("status").value(to_string(v.status));
    w.key("zone");
    text_or_null(w, v.zone);
    w.key("owner");
    if (v.owners.size() == 1) text(w, v.owners.front());
    else text_or_null(w, join(v.owners, ", "));
    w.key("owners").begin_array();
    for (const auto& owner : v.owners) text(w, owner);
    w.end_array();
    w.key("rule");
    text_or_null(w, v.rule);
    w.key("verdict");
    if (result.judged) w.value(v.allowed ? "allowed" : "violation");
    else w.null();
    w.key("reason");
    text_or_null(w, result.judged ? std::string_view(v.reason) : std::string_view());
    w.key("pattern");
    text_or_null(w, v.pattern);
    w.key("pattern_where");
    put_location(w, v.pattern_where, scratch);
    w.key("lines_added");
    put_count(w, file.lines_known, file.lines_added);
    w.key("lines_removed");
    put_count(w, file.lines_known, file.lines_removed);
    w.key("binary").value(file.binary);
    w.key("old_mode");
    put_mode(w, file.old_mode);
    w.key("new_mode");
    put_mode(w, file.new_mode);
    w.end_object();
}

}  // namespace

void render_zones_json_to(const ZonesResult& result, const std::function<void(std::string_view)>& sink) {
    JsonWriter w;
    w.begin_object();
    w.key("version").value(1);
    w.key("verb").value("zones");
    w.key("mode").value(zones_mode_name(result.mode));
    w.key("verdict").value(result.passed() ? "pass" : "fail");
    w.key("packet");
    text_or_null(w, result.packet);
    w.key("branch");
    text_or_null(w, result.branch);
    w.key("base");
    text_or_null(w, result.base_ref);
    w.key("base_commit");
    text_or_null(w, result.base_commit);
    w.key("head");
    text_or_null(w, result.head_ref);
    w.key("head_commit");
    text_or_null(w, result.head_commit);
    w.key("violations").value(result.violations);
    w.key("notes").begin_array();
    for (const auto& note : result.notes) text(w, note);
    w.end_array();
    w.key("changed").begin_array();
    if (!result.verdicts.empty()) {
        sink(w.take());
        // Entries render independently: a round of blocks in parallel, each
        // through a continuation of `w` into a buffer of its own that is
        // reused by the next round once written, so the memory touched stays
        // a few blocks however large the change. Each thread gets several
        // blocks a round, or one thread would often finish a round's blocks
        // before another had even started.
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
                // Written on the thread's own stack: neighbouring strings in
                // `buffers` share a cache line, and every append writes the size.
                const std::size_t b = first_block + k;
                const std::size_t end = std::min(n, (b + 1) * k_block);
                std::string buffer = std::move(buffers[k]);
                buffer.reserve((end - b * k_block) * 640);
                JsonWriter part = w.continuation(b > 0, std::move(buffer));
                std::string scratch;
                for (std::size_t i = b * k_block; i < end; ++i) {
                    put_entry(part, result, result.verdicts[i], result.files[i], scratch);
                }
                buffers[k] = part.take();
            });
            for (std::size_t k = 0; k < count; ++k) sink(buffers[k]);
        }
        w.after_continued_items();
    }
    w.end_array();
    w.end_object();
    sink(w.take());
}

std::string render_zones_json(const ZonesResult& result) {
    std::string out;
    render_zones_json_to(result, [&out](std::string_view part) { out += part; });
    return out;
}

}  // namespace tollgate
