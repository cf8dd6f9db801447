#include "runner/report/progress_markdown.hpp"

#include "runner/report/escape.hpp"
#include "runner/report/progress_figures.hpp"
#include "runner/report/progress_text.hpp"

#include <cstdio>

namespace tollgate {

namespace {

std::string check_mark(PacketState s) {
    return s == PacketState::done ? "[x]" : "[ ]";
}

}  // namespace

std::string render_progress_markdown(const ProgressReport& r) {
    const ProgressMetrics& m = r.metrics;
    std::string out =
        "## Progress: " + markdown_cell(r.project.empty() ? std::string("(unnamed project)") : r.project) + "\n\n";
    out += "**" + format_percent(m.overall_percent) + "** done by effort · elapsed " + format_elapsed(m.elapsed_days) +
           " · ETA " + (m.remaining_hours > 0 && m.eta ? m.eta->str() : std::string("nothing left")) + " · base `" +
           markdown_cell(r.base_ref) + "` @ `" + r.base_commit.substr(0, 10) + "` · as of " + r.today.str() + "\n\n";
    out += "Active " + std::to_string(m.active) + " · Completed " + std::to_string(m.completed) + " · Blocked " +
           std::to_string(m.blocked) + " · Failed " + std::to_string(m.failed) + " · Pending " +
           std::to_string(m.pending) + "\n\n";
    if (!r.streams.empty()) {
        out += "| Stream | Progress | Packets | Status |\n|---|---:|---:|---|\n";
        for (const auto& s : r.streams) {
            out += "| " + markdown_cell(s.title) + " | " + format_percent(s.percent()) + " | " +
                   std::to_string(s.packets_done) + "/" + std::to_string(s.packets_total) + " | " + s.label() + " |\n";
        }
        out += "\n";
    }
    out += "### Packets\n\n";
    for (const auto& p : r.packets) {
        out += "- " + check_mark(p.state) + " **" + markdown_cell(p.id) + "**: " + markdown_cell(p.title) + " — " +
               to_string(p.state) + " · Started: " + format_day(p.started, "–") +
               " / Completed: " + format_day(p.completed, "–");
        if (p.state != PacketState::done && p.state != PacketState::pending) out += " · " + markdown_cell(p.why);
        out += "\n";
    }
    if (!r.checkpoints.empty()) {
        out += "\n### Checkpoints\n\n| Checkpoint | Status | Due | Decided |\n|---|---|---|---|\n";
        for (const auto& c : r.checkpoints) {
            out += "| " + markdown_cell(c.id + " " + c.title) + " | " + to_string(c.state) + " | " +
                   (c.due ? c.due->str() : "–") + " | " + format_day(c.decided_at, "–") + " |\n";
        }
    }
    out += "\n### Metrics\n\n| Metric | Value |\n|---|---|\n";
    out += "| Parallel efficiency | " + format_ratio(m.parallel_efficiency) + " |\n";
    out += "| Parallel utilisation | " + format_ratio(m.parallel_utilisation) + " |\n";
    out += "| Blocking time | " + format_ratio(m.blocking_share) + " |\n";
    out += "| Rework rate | " + format_ratio(m.rework_rate) + " (" + std::to_string(m.lines_rewritten) + " of " +
           std::to_string(m.lines_added) + " lines) |\n";
    char buf[64];
    if (!m.coverage.empty()) {
        std::snprintf(buf, sizeof buf, "%.1f%% (first in window %.1f%%)", m.coverage.back().line,
                      m.coverage.front().line);
        out += "| Coverage | " + std::string(buf) + " |\n";
    } else {
        out += "| Coverage | none recorded |\n";
    }
    out += "| Gate pass rate | " + format_ratio(m.gate_pass_rate) + " (" + std::to_string(m.gate_passes) + "/" +
           std::to_string(m.gate_results) + ") |\n";
    out += "| Triggers fired | " + std::to_string(m.triggers_fired) + " |\n";
    out += "| Overdue checkpoints | " + std::to_string(m.overdue_checkpoints) + " |\n";
    if (!r.notes.empty()) {
        out += "\n### Notes\n\n";
        for (const auto& n : r.notes) out += "- " + markdown_cell(n) + "\n";
    }
    return out;
}

}  // namespace tollgate
