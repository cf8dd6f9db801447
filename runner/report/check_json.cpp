#include "runner/report/check_json.hpp"

#include "runner/core/text.hpp"
#include "runner/git/raw_path.hpp"
#include "runner/report/results_json.hpp"

namespace tollgate {

namespace {

nlohmann::json text_or_null(const std::string& s) {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

// A git path: as is when valid UTF-8; else made visible, with the exact bytes in base64 beside it.
void put_path(nlohmann::json& into, const char* key, const std::string& raw) {
    if (raw.empty()) {
        into[key] = nullptr;
        return;
    }
    if (is_valid_utf8(raw)) {
        into[key] = raw;
        return;
    }
    into[key] = printable(raw);
    into[std::string(key) + "_bytes"] = base64_encode(raw);
}

nlohmann::json changed_json(const PathVerdict& v) {
    nlohmann::json j = nlohmann::json::object();
    put_path(j, "path", v.path);
    put_path(j, "old_path", v.old_path);
    j["status"] = to_string(v.status);
    j["zone"] = text_or_null(v.zone);
    j["owner"] = text_or_null(join(v.owners, ", "));
    j["owners"] = v.owners;
    j["rule"] = text_or_null(v.rule);
    j["verdict"] = v.allowed ? "allowed" : "violation";
    j["reason"] = v.reason;
    j["pattern_where"] = v.pattern_where.known() ? nlohmann::json(v.pattern_where.str()) : nlohmann::json(nullptr);
    return j;
}

nlohmann::json checkpoint_json(const CheckpointFinding& c) {
    return {
        {"id", c.id},
        {"title", text_or_null(c.title)},
        {"status", to_string(c.status)},
        {"blocker", c.blocker},
        {"role", to_string(c.role)},
        {"forced", c.forced},
        {"due", c.due ? nlohmann::json(c.due->str()) : nlohmann::json(nullptr)},
        {"reason", c.reason},
    };
}

nlohmann::json trigger_json(const TriggerFinding& t) {
    return {
        {"when", t.when},
        {"value", t.value ? nlohmann::json(*t.value) : nlohmann::json(nullptr)},
        {"fired", t.fired},
        {"action", to_string(t.action)},
        {"evaluated", t.value.has_value()},
        {"severity", text_or_null(t.severity)},
        {"message", text_or_null(t.message)},
        {"reason", t.reason},
        {"where", t.where.known() ? nlohmann::json(t.where.str()) : nlohmann::json(nullptr)},
    };
}

nlohmann::json dependency_json(const DependencyFinding& d) {
    return {
        {"id", d.id},
        {"kind", d.is_checkpoint ? "checkpoint" : "packet"},
        {"satisfied", d.satisfied},
        {"blocking", d.blocking},
        {"reason", d.reason},
    };
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

nlohmann::json check_json(const CheckResult& result) {
    nlohmann::json j = result.run ? results_json(*result.run) : results_json(RunResult{});
    j["version"] = result.version;
    j["verb"] = "check";
    j["verdict"] = to_string(result.verdict);
    j["packet"] = text_or_null(result.packet);
    j["packet_source"] = text_or_null(result.packet_source);
    j["mode"] = mode_name(result.mode);
    j["branch"] = text_or_null(result.branch);
    j["base"] = text_or_null(result.base_commit);
    j["base_ref"] = text_or_null(result.base_ref);
    j["head"] = text_or_null(result.head_commit);
    j["head_ref"] = text_or_null(result.head_ref);
    j["base_branch"] = text_or_null(result.base_branch);
    j["inventory_from"] = result.inventory_from;
    j["today"] = result.today ? nlohmann::json(result.today->str()) : nlohmann::json(nullptr);
    j["dry_run"] = result.dry_run;
    nlohmann::json changed = nlohmann::json::array();
    for (const auto& v : result.changed) changed.push_back(changed_json(v));
    j["changed"] = changed;
    nlohmann::json deps = nlohmann::json::array();
    for (const auto& d : result.dependencies) deps.push_back(dependency_json(d));
    j["dependencies"] = deps;
    nlohmann::json checkpoints = nlohmann::json::array();
    for (const auto& c : result.checkpoints) checkpoints.push_back(checkpoint_json(c));
    j["checkpoints"] = checkpoints;
    nlohmann::json triggers = nlohmann::json::array();
    for (const auto& t : result.triggers) triggers.push_back(trigger_json(t));
    j["triggers"] = triggers;
    nlohmann::json reasons = nlohmann::json::object();
    for (const auto& r : result.gate_reasons) reasons[r.gate] = {{"why", r.why}, {"advisory", r.advisory}};
    j["gate_reasons"] = reasons;
    j["planned_gates"] = result.planned_gates;
    j["failures"] = result.failures;
    j["warnings"] = result.warnings;
    j["notifications"] = result.notifications;
    j["notes"] = result.notes;
    return j;
}

std::string render_check_json(const CheckResult& result) {
    return check_json(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace tollgate
