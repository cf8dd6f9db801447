#include "runner/report/brief_json.hpp"

#include <nlohmann/json.hpp>

namespace tollgate {

namespace {

nlohmann::json text_or_null(const std::string& s) {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

nlohmann::json zone_json(const BriefZone& z) {
    return {{"name", z.name},
            {"patterns", z.patterns},
            {"where", z.where},
            {"rule", z.rule},
            {"owners", z.owners},
            {"coordination", text_or_null(z.coordination)},
            {"access", to_string(z.access)},
            {"requires", text_or_null(z.requires_text)}};
}

}  // namespace

std::string render_brief_json(const PacketBrief& b) {
    nlohmann::json j = nlohmann::json::object();
    j["version"] = 1;
    j["project"] = text_or_null(b.project);
    j["packet"] = {{"id", b.id},
                   {"title", text_or_null(b.title)},
                   {"batch", text_or_null(b.batch)},
                   {"priority", text_or_null(b.priority)},
                   {"effort", text_or_null(b.effort)},
                   {"stream", text_or_null(b.stream)},
                   {"stream_title", text_or_null(b.stream_title)},
                   {"description", text_or_null(b.description)},
                   {"after", b.after}};
    j["doc"] = text_or_null(b.doc);
    nlohmann::json context = nlohmann::json::array();
    for (const auto& c : b.context) context.push_back({{"path", c.path}, {"source", c.source}});
    j["context"] = context;
    j["tasks"] = b.tasks;
    j["branch"] = text_or_null(b.branch);
    j["branch_patterns"] = b.branch_patterns;
    j["base"] = text_or_null(b.base);
    nlohmann::json zones = nlohmann::json::array();
    for (const auto& z : b.zones) zones.push_back(zone_json(z));
    j["zones"] = zones;
    for (const ZoneAccess a : {ZoneAccess::owned, ZoneAccess::extend, ZoneAccess::coordinate,
                               ZoneAccess::must_not_touch, ZoneAccess::shared}) {
        nlohmann::json names = nlohmann::json::array();
        for (const auto* z : b.zones_with(a)) names.push_back(z->name);
        std::string key = to_string(a);
        for (auto& c : key)
            if (c == '-') c = '_';
        j["zones_" + key] = names;
    }
    nlohmann::json gates = nlohmann::json::array();
    for (const auto& g : b.gates) {
        gates.push_back({{"id", g.id},
                         {"title", text_or_null(g.title)},
                         {"command", g.command},
                         {"why", g.why},
                         {"advisory", g.advisory},
                         {"conditional", g.conditional}});
    }
    j["gates"] = gates;
    j["run_command"] = b.run_command;
    nlohmann::json thresholds = nlohmann::json::array();
    for (const auto& t : b.thresholds) {
        thresholds.push_back({{"gate", t.gate},
                              {"scope", t.scope},
                              {"min", t.min ? nlohmann::json(*t.min) : nlohmann::json(nullptr)},
                              {"note", t.note}});
    }
    j["thresholds"] = thresholds;
    nlohmann::json checkpoints = nlohmann::json::array();
    for (const auto& c : b.checkpoints) {
        checkpoints.push_back({{"id", c.id},
                               {"title", text_or_null(c.title)},
                               {"role", c.role},
                               {"blocker", c.blocker},
                               {"gates", c.gates},
                               {"criteria", c.criteria},
                               {"due", text_or_null(c.due)}});
    }
    j["checkpoints"] = checkpoints;
    nlohmann::json triggers = nlohmann::json::array();
    for (const auto& t : b.triggers) {
        triggers.push_back({{"when", t.when},
                            {"action", t.action},
                            {"severity", text_or_null(t.severity)},
                            {"message", text_or_null(t.message)}});
    }
    j["triggers"] = triggers;
    j["report"] = b.report;
    j["report_is_default"] = b.report_is_default;
    j["zone_check_command"] = b.zone_check_command;
    // dump() with `replace`: a non-UTF-8 byte in a YAML value cannot make the document unparseable.
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace tollgate
