#include "runner/report/check_json.hpp"

#include "runner/core/json_writer.hpp"
#include "runner/core/text.hpp"
#include "runner/git/raw_path.hpp"
#include "runner/report/results_json.hpp"

#include <map>

namespace tollgate {

namespace {

// A git path: as is when valid UTF-8; else made visible, with the exact bytes in base64 beside it.
void put_check_path(JsonWriter& w, const char* key, const std::string& raw) {
    if (raw.empty()) {
        w.key(key).null();
        return;
    }
    if (is_valid_utf8(raw)) {
        w.key(key).value(raw);
        return;
    }
    w.key(key).value(printable(raw));
    w.key(std::string(key) + "_bytes").value(base64_encode(raw));
}

void location_or_null(JsonWriter& w, const SourceLocation& where) {
    if (where.known()) w.value(where.str());
    else w.null();
}

void write_changed(JsonWriter& w, const PathVerdict& v) {
    w.begin_object();
    put_check_path(w, "path", v.path);
    put_check_path(w, "old_path", v.old_path);
    w.key("status").value(to_string(v.status));
    w.key("zone").value_or_null(v.zone);
    w.key("owner").value_or_null(join(v.owners, ", "));
    w.key("owners").value(v.owners);
    w.key("rule").value_or_null(v.rule);
    w.key("verdict").value(v.allowed ? "allowed" : "violation");
    w.key("reason").value(v.reason);
    w.key("pattern_where");
    location_or_null(w, v.pattern_where);
    w.end_object();
}

void write_checkpoint(JsonWriter& w, const CheckpointFinding& c) {
    w.begin_object();
    w.key("id").value(c.id);
    w.key("title").value_or_null(c.title);
    w.key("status").value(to_string(c.status));
    w.key("blocker").value(c.blocker);
    w.key("role").value(to_string(c.role));
    w.key("forced").value(c.forced);
    w.key("due").value_or_null(c.due, &CivilDate::str);
    w.key("reason").value(c.reason);
    w.end_object();
}

void write_trigger(JsonWriter& w, const TriggerFinding& t) {
    w.begin_object();
    w.key("when").value(t.when);
    w.key("value").value_or_null(t.value);
    w.key("fired").value(t.fired);
    w.key("action").value(to_string(t.action));
    w.key("evaluated").value(t.value.has_value());
    w.key("severity").value_or_null(t.severity);
    w.key("message").value_or_null(t.message);
    w.key("reason").value(t.reason);
    w.key("where");
    location_or_null(w, t.where);
    w.end_object();
}

void write_dependency(JsonWriter& w, const DependencyFinding& d) {
    w.begin_object();
    w.key("id").value(d.id);
    w.key("kind").value(d.is_checkpoint ? "checkpoint" : "packet");
    w.key("satisfied").value(d.satisfied);
    w.key("blocking").value(d.blocking);
    w.key("reason").value(d.reason);
    w.end_object();
}

const char* mode_name(ChangeMode mode) {
    switch (mode) {
        case ChangeMode::range: return "range";
        case ChangeMode::staged: return "staged";
        case ChangeMode::worktree: return "worktree";
        case ChangeMode::paths: return "paths";
    }
    return "range";
}

}  // namespace

std::string render_check_json(const CheckResult& result) {
    // Sorted keys: the order results.json has always had.
    JsonWriter w(JsonWriter::Layout::pretty, JsonWriter::KeyOrder::sorted);
    w.begin_object();
    write_results_members(w, result.run ? *result.run : RunResult{}, ResultsMembers::shared_with_check);
    w.key("version").value(result.version);
    w.key("verb").value("check");
    w.key("verdict").value(to_string(result.verdict));
    w.key("packet").value_or_null(result.packet);
    w.key("packet_source").value_or_null(result.packet_source);
    w.key("mode").value(mode_name(result.mode));
    w.key("branch").value_or_null(result.branch);
    w.key("base").value_or_null(result.base_commit);
    w.key("base_ref").value_or_null(result.base_ref);
    w.key("head").value_or_null(result.head_commit);
    w.key("head_ref").value_or_null(result.head_ref);
    w.key("base_branch").value_or_null(result.base_branch);
    w.key("inventory_from").value(result.inventory_from);
    w.key("today").value_or_null(result.today, &CivilDate::str);
    w.key("dry_run").value(result.dry_run);
    w.key("changed").begin_array();
    for (const auto& v : result.changed) write_changed(w, v);
    w.end_array();
    w.key("dependencies").begin_array();
    for (const auto& d : result.dependencies) write_dependency(w, d);
    w.end_array();
    w.key("checkpoints").begin_array();
    for (const auto& c : result.checkpoints) write_checkpoint(w, c);
    w.end_array();
    w.key("triggers").begin_array();
    for (const auto& t : result.triggers) write_trigger(w, t);
    w.end_array();
    // nlohmann's object keeps the last value of a gate named twice.
    w.key("gate_reasons").begin_object();
    std::map<std::string, const GateReason*> reasons;
    for (const auto& r : result.gate_reasons) reasons[r.gate] = &r;
    for (const auto& [gate, r] : reasons) {
        w.key(gate).begin_object();
        w.key("why").value(r->why);
        w.key("advisory").value(r->advisory);
        w.end_object();
    }
    w.end_object();
    w.key("planned_gates").value(result.planned_gates);
    w.key("failures").value(result.failures);
    w.key("warnings").value(result.warnings);
    w.key("notifications").value(result.notifications);
    w.key("notes").value(result.notes);
    w.end_object();
    return w.take();
}

}  // namespace tollgate
