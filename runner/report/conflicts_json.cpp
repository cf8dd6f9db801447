#include "runner/report/conflicts_json.hpp"

#include "runner/core/json_writer.hpp"
#include "runner/core/text.hpp"
#include "runner/git/raw_path.hpp"

namespace tollgate {

namespace {

void write_path(JsonWriter& w, const ZonedPath& p) {
    w.begin_object();
    w.key("path").value(lossy_utf8(p.path));
    if (!is_valid_utf8(p.path)) w.key("path_bytes").value(base64_encode(p.path));
    w.key("zone").value_or_null(p.zone);
    w.key("rule").value_or_null(p.rule);
    w.key("owner");
    if (p.owners.empty()) w.null();
    else w.value(join(p.owners, ", "));
    w.key("owners").value(p.owners);
    w.end_object();
}

void write_paths(JsonWriter& w, const std::vector<ZonedPath>& paths) {
    w.begin_array();
    for (const auto& p : paths) write_path(w, p);
    w.end_array();
}

}  // namespace

std::string render_conflicts_json(const ConflictsResult& result) {
    JsonWriter w;
    w.begin_object();
    w.key("version").value(1);
    w.key("verb").value("conflicts");
    w.key("verdict").value(result.passed() ? "pass" : "fail");
    w.key("base").value(result.base_ref);
    w.key("base_commit").value(result.base_commit);
    w.key("branches").begin_array();
    for (const auto& b : result.branches) {
        w.begin_object();
        w.key("name").value(b.name);
        w.key("ref").value(b.ref);
        w.key("packet").value_or_null(b.packet);
        w.key("commit").value(b.commit);
        w.key("merge_base").value(b.merge_base);
        w.key("changed").begin_array();
        for (const auto& path : b.changed) w.value(lossy_utf8(path));
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("pairs").begin_array();
    for (const auto& p : result.pairs) {
        w.begin_object();
        w.key("a").value(result.branches[p.first].name);
        w.key("b").value(result.branches[p.second].name);
        w.key("overlap");
        write_paths(w, p.overlap);
        w.key("conflicts");
        write_paths(w, p.conflicts);
        w.key("blocking").value(p.blocking());
        w.end_object();
    }
    w.end_array();
    w.key("pair_count").value(result.pair_count());
    w.key("skipped").begin_array();
    for (const auto& s : result.skipped) {
        w.begin_object();
        w.key("name").value(s.name);
        w.key("reason").value(s.reason);
        w.end_object();
    }
    w.end_array();
    w.key("notes").value(result.notes);
    w.end_object();
    return w.take();
}

}  // namespace tollgate
