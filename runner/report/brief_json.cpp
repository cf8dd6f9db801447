#include "runner/report/brief_json.hpp"

#include "runner/core/json_writer.hpp"

namespace tollgate {

namespace {

void brief_zone(JsonWriter& w, const BriefZone& z) {
    w.begin_object();
    w.key("name").value(z.name);
    w.key("patterns").value(z.patterns);
    w.key("where").value(z.where);
    w.key("rule").value(z.rule);
    w.key("owners").value(z.owners);
    w.key("coordination").value_or_null(z.coordination);
    w.key("access").value(to_string(z.access));
    w.key("requires").value_or_null(z.requires_text);
    w.end_object();
}

void brief_packet(JsonWriter& w, const PacketBrief& b) {
    w.begin_object();
    w.key("id").value(b.id);
    w.key("title").value_or_null(b.title);
    w.key("batch").value_or_null(b.batch);
    w.key("priority").value_or_null(b.priority);
    w.key("effort").value_or_null(b.effort);
    w.key("stream").value_or_null(b.stream);
    w.key("stream_title").value_or_null(b.stream_title);
    w.key("description").value_or_null(b.description);
    w.key("after").value(b.after);
    w.end_object();
}

void brief_gate(JsonWriter& w, const BriefGate& g) {
    w.begin_object();
    w.key("id").value(g.id);
    w.key("title").value_or_null(g.title);
    w.key("command").value(g.command);
    w.key("why").value(g.why);
    w.key("advisory").value(g.advisory);
    w.key("conditional").value(g.conditional);
    w.end_object();
}

void brief_threshold(JsonWriter& w, const BriefThreshold& t) {
    w.begin_object();
    w.key("gate").value(t.gate);
    w.key("scope").value(t.scope);
    w.key("min").value_or_null(t.min);
    w.key("note").value(t.note);
    w.end_object();
}

void brief_checkpoint(JsonWriter& w, const BriefCheckpoint& c) {
    w.begin_object();
    w.key("id").value(c.id);
    w.key("title").value_or_null(c.title);
    w.key("role").value(c.role);
    w.key("blocker").value(c.blocker);
    w.key("gates").value(c.gates);
    w.key("criteria").value(c.criteria);
    w.key("due").value_or_null(c.due);
    w.end_object();
}

void brief_trigger(JsonWriter& w, const BriefTrigger& t) {
    w.begin_object();
    w.key("when").value(t.when);
    w.key("action").value(t.action);
    w.key("severity").value_or_null(t.severity);
    w.key("message").value_or_null(t.message);
    w.end_object();
}

/// Writes `items` as an array, each through `write`.
template <typename Item, typename Write>
void brief_array(JsonWriter& w, const char* key, const std::vector<Item>& items, Write write) {
    w.key(key);
    w.begin_array();
    for (const auto& item : items) write(w, item);
    w.end_array();
}

}  // namespace

std::string render_brief_json(const PacketBrief& b) {
    // Sorted keys, as the nlohmann::json object it was once built from.
    JsonWriter w(JsonWriter::Layout::pretty, JsonWriter::KeyOrder::sorted);
    w.begin_object();
    w.key("version").value(1);
    w.key("project").value_or_null(b.project);
    w.key("packet");
    brief_packet(w, b);
    w.key("doc").value_or_null(b.doc);
    brief_array(w, "context", b.context, [](JsonWriter& out, const BriefContextFile& c) {
        out.begin_object();
        out.key("path").value(c.path);
        out.key("source").value(c.source);
        out.end_object();
    });
    w.key("tasks").value(b.tasks);
    w.key("branch").value_or_null(b.branch);
    w.key("branch_patterns").value(b.branch_patterns);
    w.key("base").value_or_null(b.base);
    brief_array(w, "zones", b.zones, brief_zone);
    for (const ZoneAccess a : {ZoneAccess::owned, ZoneAccess::extend, ZoneAccess::coordinate,
                               ZoneAccess::must_not_touch, ZoneAccess::shared}) {
        std::string key = to_string(a);
        for (auto& c : key)
            if (c == '-') c = '_';
        w.key("zones_" + key);
        w.begin_array();
        for (const auto* z : b.zones_with(a)) w.value(z->name);
        w.end_array();
    }
    brief_array(w, "gates", b.gates, brief_gate);
    w.key("run_command").value(b.run_command);
    brief_array(w, "thresholds", b.thresholds, brief_threshold);
    brief_array(w, "checkpoints", b.checkpoints, brief_checkpoint);
    brief_array(w, "triggers", b.triggers, brief_trigger);
    w.key("report").value(b.report);
    w.key("report_is_default").value(b.report_is_default);
    w.key("zone_check_command").value(b.zone_check_command);
    w.end_object();
    return w.str();
}

}  // namespace tollgate
