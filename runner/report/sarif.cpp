#include "runner/report/sarif.hpp"

#include "runner/core/text.hpp"

#include "runner/core/json_writer.hpp"

#include <cstdio>

namespace tollgate {

namespace {

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

namespace {

void text_object(JsonWriter& w, std::string_view text) {
    w.begin_object();
    w.key("text").value(text);
    w.end_object();
}

void artifact_location(JsonWriter& w, std::string_view path) {
    w.key("artifactLocation").begin_object();
    w.key("uri").value(uri_path(path));
    w.key("uriBaseId").value("%SRCROOT%");
    w.end_object();
}

void write_result(JsonWriter& w, const PathVerdict& v, const std::string& packet) {
    const std::size_t rule = rule_index(v);
    w.begin_object();
    w.key("ruleId").value(k_rules[rule].id);
    w.key("ruleIndex").value(rule);
    w.key("level").value("error");
    w.key("message");
    text_object(w, printable(v.reason));
    w.key("locations").begin_array();
    w.begin_object();
    w.key("physicalLocation").begin_object();
    artifact_location(w, v.path);
    w.key("region").begin_object();
    w.key("startLine").value(1);
    w.end_object();
    w.end_object();
    w.end_object();
    w.end_array();
    w.key("partialFingerprints").begin_object();
    w.key("tollgateZoneViolation/v1").value(fingerprint(v));
    w.end_object();
    w.key("properties").begin_object();
    w.key("zone").value(v.zone);
    w.key("rule").value(v.rule);
    w.key("owners").value(v.owners);
    w.key("packet").value(packet);
    w.end_object();
    if (v.pattern_where.known() && v.pattern_where.line > 0) {
        w.key("relatedLocations").begin_array();
        w.begin_object();
        w.key("id").value(1);
        w.key("message");
        text_object(w, "zone pattern of " + v.zone);
        w.key("physicalLocation").begin_object();
        artifact_location(w, v.pattern_where.file);
        w.key("region").begin_object();
        w.key("startLine").value(v.pattern_where.line);
        if (v.pattern_where.column > 0) w.key("startColumn").value(v.pattern_where.column);
        w.end_object();
        w.end_object();
        w.end_object();
        w.end_array();
    }
    w.end_object();
}

}  // namespace

std::string render_sarif(const ChangeFindings& findings) {
    // Sorted keys, as the nlohmann::json objects it was once built from.
    JsonWriter w(JsonWriter::Layout::pretty, JsonWriter::KeyOrder::sorted);
    w.begin_object();
    w.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    w.key("version").value("2.1.0");
    w.key("runs").begin_array();
    w.begin_object();
    w.key("tool").begin_object();
    w.key("driver").begin_object();
    w.key("name").value("tollgate");
    w.key("version").value(TOLLGATE_VERSION);
    w.key("rules").begin_array();
    for (const auto& r : k_rules) {
        w.begin_object();
        w.key("id").value(r.id);
        w.key("name").value(r.name);
        w.key("shortDescription");
        text_object(w, r.text);
        w.key("defaultConfiguration").begin_object();
        w.key("level").value("error");
        w.end_object();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.end_object();
    w.key("automationDetails").begin_object();
    w.key("id").value("tollgate/" + findings.verb + "/");
    w.end_object();
    w.key("results").begin_array();
    for (const auto* v : findings.violations()) write_result(w, *v, findings.packet);
    w.end_array();
    w.end_object();
    w.end_array();
    w.end_object();
    return w.take();
}

}  // namespace tollgate
