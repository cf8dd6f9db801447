#include "runner/report/zones_json.hpp"

#include "runner/core/text.hpp"
#include "runner/git/raw_path.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace tollgate {

namespace {

using Json = nlohmann::ordered_json;

Json or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

void put_path(Json& j, const std::string& key, const std::string& raw) {
    if (raw.empty()) {
        j[key] = nullptr;
        return;
    }
    j[key] = lossy_utf8(raw);
    if (!is_valid_utf8(raw)) j[key + "_bytes"] = base64_encode(raw);
}

Json mode_json(std::uint32_t mode) {
    if (mode == 0) return nullptr;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%06o", mode);
    return std::string(buf);
}

const char* mode_name(ChangeMode mode) {
    switch (mode) {
        case ChangeMode::range: return "range";
        case ChangeMode::staged: return "staged";
        case ChangeMode::worktree: return "worktree";
        case ChangeMode::paths: return "paths";
    }
    return "paths";
}

Json entry_json(const ZonesResult& result, const ZonesEntry& e) {
    const PathVerdict& v = e.verdict;
    Json j;
    put_path(j, "path", v.path);
    put_path(j, "old_path", v.old_path);
    j["status"] = to_string(v.status);
    j["zone"] = or_null(v.zone);
    j["owner"] = v.owners.empty() ? Json(nullptr) : Json(join(v.owners, ", "));
    j["owners"] = v.owners;
    j["rule"] = or_null(v.rule);
    j["verdict"] = result.judged ? Json(v.allowed ? "allowed" : "violation") : Json(nullptr);
    j["reason"] = result.judged ? or_null(v.reason) : Json(nullptr);
    j["pattern"] = or_null(e.pattern);
    j["pattern_where"] = v.pattern_where.known() ? Json(v.pattern_where.str()) : Json(nullptr);
    j["lines_added"] = e.file.lines_known ? Json(e.file.lines_added) : Json(nullptr);
    j["lines_removed"] = e.file.lines_known ? Json(e.file.lines_removed) : Json(nullptr);
    j["binary"] = e.file.binary;
    j["old_mode"] = mode_json(e.file.old_mode);
    j["new_mode"] = mode_json(e.file.new_mode);
    return j;
}

}  // namespace

std::string render_zones_json(const ZonesResult& result) {
    Json j;
    j["version"] = 1;
    j["verb"] = "zones";
    j["mode"] = mode_name(result.mode);
    j["verdict"] = result.passed() ? "pass" : "fail";
    j["packet"] = or_null(result.packet);
    j["branch"] = or_null(result.branch);
    j["base"] = or_null(result.base_ref);
    j["base_commit"] = or_null(result.base_commit);
    j["head"] = or_null(result.head_ref);
    j["head_commit"] = or_null(result.head_commit);
    j["violations"] = result.violations;
    j["notes"] = result.notes;
    Json changed = Json::array();
    for (const auto& e : result.entries) changed.push_back(entry_json(result, e));
    j["changed"] = std::move(changed);
    // Inventory text (zone names, reasons) is not guaranteed UTF-8 either.
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tollgate
