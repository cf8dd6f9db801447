#include "runner/report/coverage_json.hpp"

#include "runner/core/text.hpp"

namespace tollgate {

namespace {

using Json = nlohmann::json;

// Report paths are bytes; JSON needs UTF-8, so anything else is escaped visibly.
std::string utf8(const std::string& s) {
    return is_valid_utf8(s) ? s : printable(s);
}

Json counts_json(const CoverageCounts& c) {
    Json j{{"covered", c.covered}, {"total", c.total}};
    const auto h = percent_hundredths(c);
    j["percent"] = h ? Json(static_cast<double>(*h) / 100.0) : Json(nullptr);
    return j;
}

Json check_json(const ThresholdCheck& c) {
    Json j{{"name", c.name},
           {"metric", c.metric},
           {"status", c.passed ? "pass" : "fail"},
           {"actual", counts_json(c.actual)}};
    j["required"] = c.required ? Json(c.required->text) : Json(nullptr);
    if (c.baseline) j["baseline"] = counts_json(*c.baseline);
    if (c.baseline_percent) j["baseline_percent"] = c.baseline_percent->text;
    if (!c.baseline_source.empty()) j["baseline_source"] = c.baseline_source;
    if (!c.note.empty()) j["note"] = c.note;
    return j;
}

}  // namespace

Json coverage_to_json(const CoverageResult& r) {
    Json j;
    j["verdict"] = r.passed() ? "pass" : "fail";
    j["reports"] = Json::array();
    for (const auto& rep : r.reports) {
        j["reports"].push_back({{"path", utf8(rep.path)}, {"format", to_string(rep.format)}, {"files", rep.files}});
    }
    j["totals"] = {{"lines", counts_json(r.totals.lines)},
                   {"branches", counts_json(r.totals.branches)},
                   {"functions", counts_json(r.totals.functions)}};
    if (r.patch) {
        Json p{{"base", r.base_ref},
               {"base_commit", r.base_commit},
               {"head", r.head_ref},
               {"head_commit", r.head_commit},
               {"lines", counts_json(r.patch->lines)}};
        p["files"] = Json::array();
        for (const auto& f : r.patch->files) {
            Json ranges = Json::array();
            for (const auto& range : f.uncovered) ranges.push_back({range.first, range.last});
            p["files"].push_back({{"path", utf8(f.path)}, {"lines", counts_json(f.lines)}, {"uncovered", ranges}});
        }
        p["unmeasured"] = Json::array();
        for (const auto& path : r.patch->unmeasured) p["unmeasured"].push_back(utf8(path));
        if (r.patch->no_coverable_lines()) {
            // DESIGN §5.7: a change without coverable lines is 100 %, and says so.
            p["lines"]["percent"] = 100.0;
            p["note"] = "no coverable lines changed";
        }
        j["patch"] = p;
    } else {
        j["patch"] = nullptr;
    }
    j["thresholds"] = Json::array();
    for (const auto& c : r.checks) j["thresholds"].push_back(check_json(c));
    j["unmatched"] = Json::array();
    for (const auto& u : r.unmatched) {
        j["unmatched"].push_back({{"path", utf8(u.path)},
                                  {"report", utf8(u.report)},
                                  {"reason", u.reason},
                                  {"lines", counts_json(u.lines)}});
    }
    j["warnings"] = Json::array();
    for (const auto& w : r.warnings) j["warnings"].push_back(utf8(w.str()));
    return j;
}

std::string render_coverage_json(const CoverageResult& result) {
    Json j{{"version", 1}};
    j.update(coverage_to_json(result));
    return j.dump(2) + "\n";
}

}  // namespace tollgate
