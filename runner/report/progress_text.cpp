#include "runner/report/progress_text.hpp"

#include "runner/core/text.hpp"
#include "runner/progress/history_record.hpp"
#include "runner/report/progress_figures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tollgate {

namespace {

constexpr std::size_t k_inner = 78;  // between the box's side bars

std::size_t width(std::string_view s) {
    std::size_t n = 0;
    for (const char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

// Cuts to `w` columns (on a character boundary, marking the cut with '…') and pads with spaces.
std::string fit(std::string_view s, std::size_t w) {
    if (width(s) <= w) return std::string(s) + std::string(w - width(s), ' ');
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool lead = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        if (lead && n + 1 == w) break;
        if (lead) ++n;
        out += s[i];
    }
    return out + "…";
}

std::string bar(double percent, int cells) {
    const int full = std::clamp(static_cast<int>(std::lround(percent / 100.0 * cells)), 0, cells);
    std::string out;
    for (int i = 0; i < cells; ++i) out += i < full ? "█" : "░";
    return out;
}

std::string line(std::string_view content) {
    return "│ " + fit(content, k_inner - 2) + " │\n";
}

std::string rule(const char* left, const char* right) {
    std::string out = left;
    for (std::size_t i = 0; i < k_inner; ++i) out += "─";
    return out + right + "\n";
}

// Padding that ends a line is noise in logs and diffs.
std::string strip_trailing_spaces(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::size_t last = end;
        while (last > start && text[last - 1] == ' ') --last;
        out.append(text, start, last - start);
        if (end < text.size()) out += '\n';
        start = end + 1;
    }
    return out;
}

// Right-aligned in four columns, so the bars line up.
std::string padded_percent(double v) {
    const std::string p = format_percent(v);
    return std::string(p.size() < 4 ? 4 - p.size() : 0, ' ') + p;
}

std::string coverage_trend(const std::vector<CoveragePoint>& points) {
    if (points.empty()) return "no coverage recorded in the window";
    char buf[96];
    const double last = points.back().line;
    const double first = points.front().line;
    const char* trend = last > first + 0.05 ? "rising" : last < first - 0.05 ? "falling" : "stable";
    std::snprintf(buf, sizeof buf, "%.1f%% (%s from %.1f%%, %zu records)", last, trend, first, points.size());
    return buf;
}

}  // namespace

std::string render_progress_text(const ProgressReport& r) {
    const ProgressMetrics& m = r.metrics;
    std::string out;
    out += rule("┌", "┐");
    out += line("PROGRESS " + printable(r.project.empty() ? std::string("(unnamed project)") : r.project) + " · " +
                printable(r.base_ref) + " @ " + r.base_commit.substr(0, 10) + " · as of " + r.today.str());
    out += rule("├", "┤");
    out += line("Overall Progress: " + bar(m.overall_percent, 30) + " " + padded_percent(m.overall_percent));
    std::string eta = m.remaining_hours > 0 && m.eta ? m.eta->str() + " (" + format_elapsed(m.remaining_hours / 8.0) +
                                                           " of work left on the lanes)"
                                                     : std::string("nothing left");
    out += line("Time Elapsed: " + format_elapsed(m.elapsed_days) + " | ETA: " + eta);
    if (!r.streams.empty()) {
        out += rule("├", "┤");
        for (const auto& s : r.streams) {
            out += line(fit(printable(s.title) + ":", 22) + " " + bar(s.percent(), 20) + " " +
                        padded_percent(s.percent()) + " [" + s.label() + "]");
        }
    }
    out += rule("├", "┤");
    out += line("Active: " + std::to_string(m.active) + " | Completed: " + std::to_string(m.completed) +
                " | Blocked: " + std::to_string(m.blocked) + " | Failed: " + std::to_string(m.failed) +
                " | Pending: " + std::to_string(m.pending));
    out += rule("└", "┘");

    out += "\nPackets\n";
    for (const auto& p : r.packets) {
        out += "  " + fit(to_string(p.state), 12) + fit(printable(p.id), 18) + " started " +
               fit(format_day(p.started, "-"), 10) + "  done " + fit(format_day(p.completed, "-"), 10) + "\n";
        if (p.state != PacketState::done && p.state != PacketState::pending) {
            out += "  " + std::string(12, ' ') + fit(printable(p.why), 64) + "\n";
        }
    }
    if (!r.checkpoints.empty()) {
        out += "\nCheckpoints\n";
        for (const auto& c : r.checkpoints) {
            const std::string detail = c.decided_at ? "since " + CivilDate::from_unix(*c.decided_at).str()
                                       : c.due      ? "due " + c.due->str()
                                                    : "no due date";
            out += "  " + fit(to_string(c.state), 9) + fit(printable(c.id), 20) + fit(printable(c.title), 29) + " " +
                   fit(detail, 16) + "\n";
        }
    }
    out += "\nMetrics (window: since " + CivilDate::from_unix(r.since).str() + ")\n";
    auto metric = [&](const std::string& name, const std::string& value) {
        out += "  " + fit(name, 22) + fit(value, 54) + "\n";
    };
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s (busy lanes of %d over %.1f days)", format_ratio(m.parallel_efficiency).c_str(),
                  m.lanes, m.elapsed_days);
    metric("Parallel efficiency", buf);
    std::snprintf(buf, sizeof buf, "%s (%.1f packet-days on %d lanes)", format_ratio(m.parallel_utilisation).c_str(),
                  m.work_packet_days, m.lanes);
    metric("Parallel utilisation", buf);
    std::snprintf(buf, sizeof buf, "%s (%.1f packet-days waiting on dependencies)",
                  format_ratio(m.blocking_share).c_str(), m.blocked_packet_days);
    metric("Blocking time", buf);
    std::snprintf(buf, sizeof buf, "%s (%lld of %lld added lines rewritten in 14 days)",
                  format_ratio(m.rework_rate).c_str(), m.lines_rewritten, m.lines_added);
    metric("Rework rate", buf);
    metric("Coverage", coverage_trend(m.coverage));
    std::snprintf(buf, sizeof buf, "%s (%d of %d gate results passed)", format_ratio(m.gate_pass_rate).c_str(),
                  m.gate_passes, m.gate_results);
    metric("Gate pass rate", buf);
    metric("Triggers fired", std::to_string(m.triggers_fired));
    for (const auto& t : m.triggers) metric("", "  " + std::to_string(t.fired) + "× " + printable(t.when));
    metric("Overdue checkpoints", std::to_string(m.overdue_checkpoints));
    std::snprintf(buf, sizeof buf, "%.1fh (remaining critical path)", m.critical_hours);
    metric("Critical path", buf);
    if (!r.notes.empty()) {
        out += "\nNotes\n";
        for (const auto& n : r.notes) out += "  " + fit(printable(n), 76) + "\n";
    }
    return strip_trailing_spaces(out);
}

}  // namespace tollgate
