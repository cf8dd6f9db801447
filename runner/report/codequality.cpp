#include "runner/report/codequality.hpp"

#include "runner/core/text.hpp"

#include "runner/core/json_writer.hpp"

#include <cstdio>

namespace tollgate {

namespace {

std::string fingerprint(const std::vector<std::string>& parts) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a 64
    for (const auto& part : parts) {
        for (const unsigned char c : part) h = (h ^ c) * 1099511628211ULL;
        h = (h ^ 0xFF) * 1099511628211ULL;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

void issue(JsonWriter& w, const std::string& check, const std::string& description, const std::string& severity,
           const std::string& path, int line, const std::string& key) {
    w.begin_object();
    w.key("type").value("issue");
    w.key("check_name").value(check);
    w.key("description").value(description);
    w.key("categories").begin_array();
    w.value("Style");
    w.end_array();
    w.key("severity").value(severity);
    w.key("fingerprint").value(fingerprint({check, path, key}));
    w.key("location").begin_object();
    w.key("path").value(path);
    w.key("lines").begin_object();
    w.key("begin").value(line);
    w.end_object();
    w.end_object();
    w.end_object();
}

}  // namespace

std::string render_codequality(const ChangeFindings& findings) {
    // Sorted keys, as the nlohmann::json objects it was once built from.
    JsonWriter w(JsonWriter::Layout::pretty, JsonWriter::KeyOrder::sorted);
    w.begin_array();
    for (const auto* v : findings.violations()) {
        const std::string check = "tollgate/zone-" + (v->rule.empty() ? std::string("unowned") : v->rule);
        issue(w, check, violation_title(*v) + ": " + printable(v->reason), "critical", printable(v->path), 1, v->zone);
    }
    for (const auto& f : findings.uncovered) {
        for (const auto& r : f.uncovered) {
            issue(w, "tollgate/uncovered-lines", "Changed line(s) " + format_ranges({r}) + " not covered by any test",
                  "minor", printable(f.path), r.first, std::to_string(r.first) + "-" + std::to_string(r.last));
        }
    }
    w.end_array();
    return w.take();
}

}  // namespace tollgate
