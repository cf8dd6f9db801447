#include "runner/report/sarif.hpp"

#include "runner/core/text.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace tollgate {

namespace {

using nlohmann::json;

struct RuleKind {
    const char* id;
    const char* name;
    const char* text;
};

constexpr RuleKind k_rules[] = {
    {"tollgate/zone-exclusive", "ExclusiveZone", "Only the owning packet may change an exclusive zone."},
    {"tollgate/zone-extend", "ExtendZone",
     "Other packets may only add lines to an extend zone, never remove or rewrite."},
    {"tollgate/zone-coordinate", "CoordinateZone",
     "Changes to a coordinate zone need a Coordinated-With: OWNER trailer (or --ack)."},
    {"tollgate/zone-unowned", "UnownedChange",
     "A change without a packet may touch only shared zones and unzoned paths."},
};

std::size_t rule_index(const PathVerdict& v) {
    if (v.zone.empty() || v.rule.empty()) return 3;
    if (v.rule == "extend") return 1;
    if (v.rule == "coordinate") return 2;
    return 0;
}

// Stable across pushes: which path, zone and rule, not the wording of the reason.
std::string fingerprint(const PathVerdict& v) {
    std::uint64_t h = 1469598103934665603ULL;
    for (const auto& part : {v.path, v.zone, v.rule, join(v.owners, ",")}) {
        for (const unsigned char c : part) h = (h ^ c) * 1099511628211ULL;
        h = (h ^ 0xFF) * 1099511628211ULL;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

}  // namespace

std::string uri_path(std::string_view path) {
    std::string out;
    for (const unsigned char c : path) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (unreserved) {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

std::string render_sarif(const ChangeFindings& findings) {
    json rules = json::array();
    for (const auto& r : k_rules) {
        rules.push_back({{"id", r.id},
                         {"name", r.name},
                         {"shortDescription", {{"text", r.text}}},
                         {"defaultConfiguration", {{"level", "error"}}}});
    }
    json results = json::array();
    for (const auto* v : findings.violations()) {
        const std::size_t rule = rule_index(*v);
        json result = {
            {"ruleId", k_rules[rule].id},
            {"ruleIndex", rule},
            {"level", "error"},
            {"message", {{"text", printable(v->reason)}}},
            {"locations",
             json::array({{{"physicalLocation",
                            {{"artifactLocation", {{"uri", uri_path(v->path)}, {"uriBaseId", "%SRCROOT%"}}},
                             {"region", {{"startLine", 1}}}}}}})},
            {"partialFingerprints", {{"tollgateZoneViolation/v1", fingerprint(*v)}}},
            {"properties", {{"zone", v->zone}, {"rule", v->rule}, {"owners", v->owners}, {"packet", findings.packet}}},
        };
        if (v->pattern_where.known() && v->pattern_where.line > 0) {
            json region = {{"startLine", v->pattern_where.line}};
            if (v->pattern_where.column > 0) region["startColumn"] = v->pattern_where.column;
            result["relatedLocations"] = json::array(
                {{{"id", 1},
                  {"message", {{"text", "zone pattern of " + v->zone}}},
                  {"physicalLocation",
                   {{"artifactLocation", {{"uri", uri_path(v->pattern_where.file)}, {"uriBaseId", "%SRCROOT%"}}},
                    {"region", region}}}}});
        }
        results.push_back(std::move(result));
    }
    // Moved, not listed in initializer braces: those copy, and a large
    // change's results would be copied twice more on the way into the log.
    json run = {
        {"tool", {{"driver", {{"name", "tollgate"}, {"version", TOLLGATE_VERSION}, {"rules", std::move(rules)}}}}},
        {"automationDetails", {{"id", "tollgate/" + findings.verb + "/"}}},
    };
    run["results"] = std::move(results);
    json log = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
    };
    log["runs"] = json::array();
    log["runs"].push_back(std::move(run));
    return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace tollgate
