#include "runner/report/merge_queue_json.hpp"

#include "runner/core/json_writer.hpp"
#include "runner/git/raw_path.hpp"

namespace tollgate {

namespace {

void merge_conflict(JsonWriter& w, const MergeConflict& c) {
    w.begin_object();
    w.key("branch").value(lossy_utf8(c.branch));
    w.key("may_merge").value(c.other_may_merge);
    w.key("blocking").value(c.blocking);
    w.key("files");
    w.begin_array();
    for (const auto& f : c.files) w.value(lossy_utf8(f));
    w.end_array();
    w.end_object();
}

void merge_branch(JsonWriter& w, const MergeBranch& b) {
    w.begin_object();
    w.key("name").value(lossy_utf8(b.name));
    w.key("ref").value(lossy_utf8(b.ref));
    w.key("packet").value_or_null(b.packet);
    w.key("commit").value(b.commit);
    w.key("merge_base").value(b.merge_base);
    w.key("may_merge").value(b.verdict.may_merge);
    if (b.position) w.key("position").value(*b.position);
    else w.key("position").null();
    w.key("reasons").value(b.verdict.reasons);
    w.key("warnings").value(b.verdict.warnings);
    w.key("after");
    w.begin_array();
    for (const auto& a : b.after_branches) w.value(lossy_utf8(a));
    w.end_array();
    w.key("conflicts");
    w.begin_array();
    for (const auto& c : b.conflicts) merge_conflict(w, c);
    w.end_array();
    w.end_object();
}

}  // namespace

std::string render_merge_queue_json(const MergeQueue& queue) {
    JsonWriter w;
    w.begin_object();
    w.key("version").value(queue.version);
    w.key("verb").value("ready");
    w.key("mode").value("merge");
    w.key("project").value(queue.project);
    w.key("base").value(queue.base_ref);
    w.key("base_commit").value(queue.base_commit);
    w.key("merge_order");
    w.begin_array();
    for (const auto& b : queue.branches) {
        if (b.position) w.value(lossy_utf8(b.name));
    }
    w.end_array();
    w.key("branches");
    w.begin_array();
    for (const auto& b : queue.branches) merge_branch(w, b);
    w.end_array();
    w.key("skipped");
    w.begin_array();
    for (const auto& s : queue.skipped) {
        w.begin_object();
        w.key("name").value(lossy_utf8(s.name));
        w.key("reason").value(s.reason);
        w.end_object();
    }
    w.end_array();
    w.key("notes").value(queue.notes);
    w.end_object();
    return w.str();
}

}  // namespace tollgate
