#include "runner/inventory/validation_report.hpp"

#include "runner/inventory/loader.hpp"

#include "runner/core/json_writer.hpp"

namespace tollgate {

ValidationReport make_validation_report(const Inventory& inventory, const Diagnostics& diagnostics) {
    ValidationReport r;
    for (const auto& f : inventory.files) r.files.push_back(display_path(f));
    r.counts = {static_cast<int>(inventory.streams.size()), static_cast<int>(inventory.packets.size()),
                static_cast<int>(inventory.gates.size()),   static_cast<int>(inventory.checkpoints.size()),
                static_cast<int>(inventory.zones.size()),   static_cast<int>(inventory.triggers.size())};
    std::vector<Diagnostic> notes;
    for (auto& d : diagnostics.sorted()) {
        if (d.severity == Severity::note) notes.push_back(std::move(d));
        else r.diagnostics.push_back(std::move(d));
    }
    // Notes explain what was not checked; they read best after the findings.
    r.diagnostics.insert(r.diagnostics.end(), notes.begin(), notes.end());
    r.errors = diagnostics.error_count();
    r.warnings = diagnostics.warning_count();
    return r;
}

std::string render_validation_diagnostics(const ValidationReport& report) {
    std::string out;
    for (const auto& d : report.diagnostics) out += d.str() + '\n';
    return out;
}

namespace {

std::string count(int n, const std::string& singular, const std::string& plural) {
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

}  // namespace

std::string render_validation_summary(const ValidationReport& report) {
    std::string out = report.files.empty() ? std::string("inventory") : report.files.front();
    if (report.files.size() > 1)
        out += " (+" + count(static_cast<int>(report.files.size()) - 1, "included file", "included files") + ")";
    const auto& c = report.counts;
    out += ": " + count(c.packets, "packet", "packets") + ", " + count(c.gates, "gate", "gates") + ", " +
           count(c.checkpoints, "checkpoint", "checkpoints") + ", " + count(c.zones, "zone", "zones") + ", " +
           count(c.triggers, "trigger", "triggers") + ": ";
    if (report.valid()) {
        out += "OK";
        if (report.warnings > 0) out += ", " + count(report.warnings, "warning", "warnings");
    } else {
        out += count(report.errors, "error", "errors");
        if (report.warnings > 0) out += ", " + count(report.warnings, "warning", "warnings");
    }
    return out + '\n';
}

std::string render_validation_json(const ValidationReport& report) {
    // Ordered so the document reads top-down: version first, diagnostics last.
    // Messages quote user text: invalid UTF-8 is replaced, never thrown on.
    JsonWriter w;
    w.begin_object();
    w.key("version").value(1);
    w.key("valid").value(report.valid());
    w.key("files").value(report.files);
    const auto& c = report.counts;
    w.key("counts").begin_object();
    w.key("streams").value(c.streams);
    w.key("packets").value(c.packets);
    w.key("gates").value(c.gates);
    w.key("checkpoints").value(c.checkpoints);
    w.key("zones").value(c.zones);
    w.key("triggers").value(c.triggers);
    w.end_object();
    w.key("errors").value(report.errors);
    w.key("warnings").value(report.warnings);
    w.key("diagnostics").begin_array();
    for (const auto& d : report.diagnostics) {
        w.begin_object();
        w.key("severity")
            .value(d.severity == Severity::error     ? "error"
                   : d.severity == Severity::warning ? "warning"
                                                     : "note");
        w.key("file").value_or_null(d.where.file);
        w.key("line");
        if (d.where.line > 0) w.value(d.where.line);
        else w.null();
        w.key("column");
        if (d.where.column > 0) w.value(d.where.column);
        else w.null();
        w.key("message").value(d.message);
        w.key("hint").value(d.hint);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
}

}  // namespace tollgate
