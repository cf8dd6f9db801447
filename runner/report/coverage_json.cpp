#include "runner/report/coverage_json.hpp"

#include "runner/core/json_writer.hpp"
#include "runner/core/text.hpp"

namespace tollgate {

namespace {

// Report paths are bytes; JSON needs UTF-8, so anything else is escaped visibly.
std::string utf8(const std::string& s) {
    return is_valid_utf8(s) ? s : printable(s);
}

// {covered, total, percent}: percent truncated to two decimals, null when
// nothing was coverable, unless the caller states it.
void write_counts(JsonWriter& w, const CoverageCounts& c, std::optional<double> stated = std::nullopt) {
    w.begin_object();
    w.key("covered").value(c.covered);
    w.key("total").value(c.total);
    w.key("percent");
    const auto h = percent_hundredths(c);
    if (stated) w.value(*stated);
    else if (h) w.value(static_cast<double>(*h) / 100.0);
    else w.null();
    w.end_object();
}

void write_check(JsonWriter& w, const ThresholdCheck& c) {
    w.begin_object();
    w.key("name").value(c.name);
    w.key("metric").value(c.metric);
    w.key("status").value(c.passed ? "pass" : "fail");
    w.key("actual");
    write_counts(w, c.actual);
    w.key("required");
    if (c.required) w.value(c.required->text);
    else w.null();
    if (c.baseline) {
        w.key("baseline");
        write_counts(w, *c.baseline);
    }
    if (c.baseline_percent) w.key("baseline_percent").value(c.baseline_percent->text);
    if (!c.baseline_source.empty()) w.key("baseline_source").value(c.baseline_source);
    if (!c.note.empty()) w.key("note").value(c.note);
    w.end_object();
}

void write_patch(JsonWriter& w, const CoverageResult& r) {
    const PatchCoverage& patch = *r.patch;
    w.begin_object();
    w.key("base").value(r.base_ref);
    w.key("base_commit").value(r.base_commit);
    w.key("head").value(r.head_ref);
    w.key("head_commit").value(r.head_commit);
    w.key("lines");
    // DESIGN §5.7: a change without coverable lines is 100 %, and says so.
    const bool none = patch.no_coverable_lines();
    write_counts(w, patch.lines, none ? std::optional<double>(100.0) : std::nullopt);
    if (none) w.key("note").value("no coverable lines changed");
    w.key("files").begin_array();
    for (const auto& f : patch.files) {
        w.begin_object();
        w.key("path").value(utf8(f.path));
        w.key("lines");
        write_counts(w, f.lines);
        w.key("uncovered").begin_array();
        for (const auto& range : f.uncovered) {
            w.begin_array();
            w.value(range.first);
            w.value(range.last);
            w.end_array();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("unmeasured").begin_array();
    for (const auto& path : patch.unmeasured) w.value(utf8(path));
    w.end_array();
    w.end_object();
}

void write_coverage_members(JsonWriter& w, const CoverageResult& r) {
    w.key("verdict").value(r.passed() ? "pass" : "fail");
    w.key("reports").begin_array();
    for (const auto& rep : r.reports) {
        w.begin_object();
        w.key("path").value(utf8(rep.path));
        w.key("format").value(to_string(rep.format));
        w.key("files").value(rep.files);
        w.end_object();
    }
    w.end_array();
    w.key("totals").begin_object();
    w.key("lines");
    write_counts(w, r.totals.lines);
    w.key("branches");
    write_counts(w, r.totals.branches);
    w.key("functions");
    write_counts(w, r.totals.functions);
    w.end_object();
    w.key("patch");
    if (r.patch) write_patch(w, r);
    else w.null();
    w.key("thresholds").begin_array();
    for (const auto& c : r.checks) write_check(w, c);
    w.end_array();
    w.key("unmatched").begin_array();
    for (const auto& u : r.unmatched) {
        w.begin_object();
        w.key("path").value(utf8(u.path));
        w.key("report").value(utf8(u.report));
        w.key("reason").value(u.reason);
        w.key("lines");
        write_counts(w, u.lines);
        w.end_object();
    }
    w.end_array();
    w.key("warnings").begin_array();
    for (const auto& warning : r.warnings) w.value(utf8(warning.str()));
    w.end_array();
}

}  // namespace

std::string render_coverage_json(const CoverageResult& result) {
    // Sorted keys, as the nlohmann::json objects it was once built from.
    JsonWriter w(JsonWriter::Layout::pretty, JsonWriter::KeyOrder::sorted);
    w.begin_object();
    w.key("version").value(1);
    write_coverage_members(w, result);
    w.end_object();
    return w.take();
}

}  // namespace tollgate
