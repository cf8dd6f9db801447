#include "runner/report/codequality.hpp"

#include "runner/core/text.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace tollgate {

namespace {

using nlohmann::json;

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

json issue(const std::string& check, const std::string& description, const std::string& severity,
           const std::string& path, int line, const std::string& key) {
    return {{"type", "issue"},
            {"check_name", check},
            {"description", description},
            {"categories", json::array({"Style"})},
            {"severity", severity},
            {"fingerprint", fingerprint({check, path, key})},
            {"location", {{"path", path}, {"lines", {{"begin", line}}}}}};
}

}  // namespace

std::string render_codequality(const ChangeFindings& findings) {
    json issues = json::array();
    for (const auto* v : findings.violations()) {
        const std::string check = "tollgate/zone-" + (v->rule.empty() ? std::string("unowned") : v->rule);
        issues.push_back(issue(check, violation_title(*v) + ": " + printable(v->reason), "critical", printable(v->path),
                               1, v->zone));
    }
    for (const auto& f : findings.uncovered) {
        for (const auto& r : f.uncovered) {
            issues.push_back(issue("tollgate/uncovered-lines",
                                   "Changed line(s) " + format_ranges({r}) + " not covered by any test", "minor",
                                   printable(f.path), r.first, std::to_string(r.first) + "-" + std::to_string(r.last)));
        }
    }
    return issues.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace tollgate
