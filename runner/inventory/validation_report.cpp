#include "runner/inventory/validation_report.hpp"

#include "runner/inventory/loader.hpp"

#include <nlohmann/json.hpp>

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
    using json = nlohmann::ordered_json;
    json diagnostics = json::array();
    for (const auto& d : report.diagnostics) {
        const char* severity = d.severity == Severity::error     ? "error"
                               : d.severity == Severity::warning ? "warning"
                                                                 : "note";
        diagnostics.push_back({
            {"severity", severity},
            {"file", d.where.file.empty() ? json(nullptr) : json(d.where.file)},
            {"line", d.where.line > 0 ? json(d.where.line) : json(nullptr)},
            {"column", d.where.column > 0 ? json(d.where.column) : json(nullptr)},
            {"message", d.message},
            {"hint", d.hint},
        });
    }
    const auto& c = report.counts;
    const json doc = {
        {"version", 1},
        {"valid", report.valid()},
        {"files", report.files},
        {"counts",
         {{"streams", c.streams},
          {"packets", c.packets},
          {"gates", c.gates},
          {"checkpoints", c.checkpoints},
          {"zones", c.zones},
          {"triggers", c.triggers}}},
        {"errors", report.errors},
        {"warnings", report.warnings},
        {"diagnostics", diagnostics},
    };
    // Replace, not throw, on invalid UTF-8 in a message (messages quote user text).
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

}  // namespace tollgate
