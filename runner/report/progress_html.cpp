#include "runner/report/progress_html.hpp"

#include "runner/core/text.hpp"
#include "runner/report/escape.hpp"
#include "runner/report/progress_figures.hpp"
#include "runner/report/progress_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace tollgate {

namespace {

const char* state_colour(PacketState s) {
    switch (s) {
        case PacketState::done: return "#2e9d5b";
        case PacketState::in_progress: return "#3b7dd8";
        case PacketState::blocked: return "#d64545";
        case PacketState::pending: return "#9aa5b1";
        case PacketState::paused: return "#e0a526";
        case PacketState::dropped: return "#cbd2d9";
    }
    return "#9aa5b1";
}

const char* checkpoint_colour(CheckpointState s) {
    switch (s) {
        case CheckpointState::passed: return "#2e9d5b";
        case CheckpointState::failed: return "#d64545";
        case CheckpointState::pending: return "#9aa5b1";
        case CheckpointState::overdue: return "#e0a526";
    }
    return "#9aa5b1";
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// Cuts long labels so they stay inside their boxes (by characters, not bytes).
std::string cut(const std::string& s, std::size_t n) {
    std::string p = printable(s);
    std::size_t chars = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80 && ++chars > n) return p.substr(0, i) + "…";
    }
    return p;
}

constexpr const char* k_style =
    R"(body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1f2933;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #e4e7eb;padding-bottom:4px}
.sub{color:#52606d}.kpis{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.kpi{border:1px solid #e4e7eb;border-radius:6px;padding:8px 14px;min-width:110px}.kpi b{display:block;font-size:20px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #e4e7eb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f5f7fa}svg{display:block;margin:8px 0;max-width:100%}svg text{font:12px system-ui,sans-serif;fill:#1f2933}
.dot{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px})";

void kpi(std::string& out, const std::string& label, const std::string& value) {
    out += "<div class=\"kpi\">" + html_escape(label) + "<b>" + html_escape(value) + "</b></div>\n";
}

void stream_bars(std::string& out, const ProgressReport& r) {
    const int row = 28;
    const int height = 20 + row * static_cast<int>(r.streams.size() + 1);
    out += "<svg id=\"stream-progress\" xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"" +
           std::to_string(height) + "\" role=\"img\" aria-label=\"Progress per stream\">\n";
    auto bar = [&](int y, const std::string& label, double percent, const std::string& extra) {
        const double w = std::clamp(percent, 0.0, 100.0) * 4.0;
        out += "<text x=\"0\" y=\"" + std::to_string(y + 14) + "\">" + html_escape(cut(label, 26)) + "</text>";
        out +=
            "<rect x=\"200\" y=\"" + std::to_string(y) + "\" width=\"400\" height=\"18\" rx=\"3\" fill=\"#e4e7eb\"/>";
        out += "<rect class=\"bar\" x=\"200\" y=\"" + std::to_string(y) + "\" width=\"" + num(w) +
               "\" height=\"18\" rx=\"3\" fill=\"#3b7dd8\"/>";
        out += "<text x=\"610\" y=\"" + std::to_string(y + 14) + "\">" + format_percent(percent) + " " +
               html_escape(extra) + "</text>\n";
    };
    bar(10, "Overall", r.metrics.overall_percent, "");
    int y = 10 + row;
    for (const auto& s : r.streams) {
        bar(y, s.title, s.percent(), s.label());
        y += row;
    }
    out += "</svg>\n";
}

void dependency_graph(std::string& out, const ProgressReport& r) {
    // Layers by longest chain of hard prerequisites (the plan's waves).
    std::map<std::string, int> level;
    std::map<std::string, const PacketProgress*> packets;
    std::map<std::string, const CheckpointProgress*> checkpoints;
    for (const auto& p : r.packets) packets[p.id] = &p;
    for (const auto& c : r.checkpoints) checkpoints[c.id] = &c;
    std::map<std::string, std::vector<std::string>> after;
    for (const auto& p : r.packets) after[p.id] = p.after;
    for (const auto& c : r.checkpoints) after[c.id] = c.after;
    std::vector<std::string> ids;
    for (const auto& p : r.packets) ids.push_back(p.id);
    for (const auto& c : r.checkpoints) ids.push_back(c.id);
    for (int pass = 0; pass < static_cast<int>(ids.size()) + 1; ++pass) {
        bool changed = false;
        for (const auto& id : ids) {
            int l = 0;
            for (const auto& a : after[id]) {
                if (level.count(a) > 0) l = std::max(l, level[a] + 1);
            }
            if (level.count(id) == 0 || level[id] != l) {
                level[id] = l;
                changed = true;
            }
        }
        if (!changed) break;
    }
    std::map<int, std::vector<std::string>> columns;
    for (const auto& id : ids) columns[level[id]].push_back(id);
    std::size_t rows = 1;
    for (const auto& [l, c] : columns) rows = std::max(rows, c.size());
    const int cw = 170;
    const int rh = 40;
    const int width = std::max(360, cw * static_cast<int>(columns.size()) + 20);
    const int height = rh * static_cast<int>(rows) + 20;
    std::map<std::string, std::pair<int, int>> pos;
    int col = 0;
    for (const auto& [l, c] : columns) {
        for (std::size_t i = 0; i < c.size(); ++i) pos[c[i]] = {10 + col * cw, 10 + static_cast<int>(i) * rh};
        ++col;
    }
    // The viewBox lets a wide graph scale down to the page instead of being cut off.
    out += "<svg id=\"dependency-graph\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) +
           "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
           std::to_string(height) +
           "\" preserveAspectRatio=\"xMinYMin meet\" style=\"height:auto\" role=\"img\" "
           "aria-label=\"Dependency graph\">\n";
    for (const auto& id : ids) {
        for (const auto& a : after[id]) {
            if (pos.count(a) == 0) continue;
            const auto [x1, y1] = pos[a];
            const auto [x2, y2] = pos[id];
            out += "<line x1=\"" + std::to_string(x1 + 140) + "\" y1=\"" + std::to_string(y1 + 14) + "\" x2=\"" +
                   std::to_string(x2) + "\" y2=\"" + std::to_string(y2 + 14) +
                   "\" stroke=\"#7b8794\" stroke-width=\"1.2\"/>\n";
        }
    }
    for (const auto& id : ids) {
        const auto [x, y] = pos[id];
        const bool is_packet = packets.count(id) > 0;
        const char* fill = is_packet ? state_colour(packets[id]->state) : checkpoint_colour(checkpoints[id]->state);
        const std::string status = is_packet ? to_string(packets[id]->state) : to_string(checkpoints[id]->state);
        out += "<g class=\"node\"><title>" + html_escape(id) + ": " + html_escape(status) + "</title>";
        out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) +
               "\" width=\"140\" height=\"28\" rx=\"" + (is_packet ? "4" : "14") + "\" fill=\"" + fill + "\"/>";
        out += "<text x=\"" + std::to_string(x + 8) + "\" y=\"" + std::to_string(y + 18) + "\" style=\"fill:#fff\">" +
               html_escape(cut(id, 18)) + "</text></g>\n";
    }
    out += "</svg>\n";
}

void gantt(std::string& out, const ProgressReport& r) {
    const long long origin = r.start ? r.start->days_since(CivilDate{}) * 86400LL : r.now;
    double span = 1;
    for (const auto& p : r.packets) {
        if (p.planned_end_day) span = std::max(span, *p.planned_end_day);
        if (p.started) span = std::max(span, static_cast<double>(p.completed.value_or(r.now) - origin) / 86400.0);
    }
    span = std::ceil(span);
    const int left = 170;
    const int plot = 520;
    const int rh = 26;
    const int height = 40 + rh * static_cast<int>(r.packets.size());
    auto x_of = [&](double day) { return left + std::clamp(day / span, 0.0, 1.0) * plot; };
    out += "<svg id=\"gantt\" xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"" + std::to_string(height) +
           "\" role=\"img\" aria-label=\"Gantt: planned by effort and actual from git\">\n";
    for (int d = 0; d <= static_cast<int>(span); d += std::max(1, static_cast<int>(span) / 10)) {
        out += "<line x1=\"" + num(x_of(d)) + "\" y1=\"18\" x2=\"" + num(x_of(d)) + "\" y2=\"" +
               std::to_string(height) + "\" stroke=\"#e4e7eb\"/><text x=\"" + num(x_of(d)) + "\" y=\"12\">d" +
               std::to_string(d) + "</text>\n";
    }
    int y = 24;
    for (const auto& p : r.packets) {
        out += "<text x=\"0\" y=\"" + std::to_string(y + 14) + "\">" + html_escape(cut(p.id, 22)) + "</text>";
        if (p.planned_start_day && p.planned_end_day) {
            const double x1 = x_of(*p.planned_start_day);
            const double x2 = std::max(x1 + 2, x_of(*p.planned_end_day));
            out += "<rect class=\"planned\" x=\"" + num(x1) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
                   num(x2 - x1) + "\" height=\"8\" fill=\"#cbd2d9\"><title>planned</title></rect>";
        }
        if (p.started) {
            const double x1 = x_of(static_cast<double>(*p.started - origin) / 86400.0);
            const double x2 =
                std::max(x1 + 2, x_of(static_cast<double>(p.completed.value_or(r.now) - origin) / 86400.0));
            out += "<rect class=\"actual\" x=\"" + num(x1) + "\" y=\"" + std::to_string(y + 10) + "\" width=\"" +
                   num(x2 - x1) + "\" height=\"10\" fill=\"" + state_colour(p.state) + "\"><title>" +
                   html_escape(p.id) + ": " + format_day(p.started, "–") + " → " + format_day(p.completed, "–") +
                   "</title></rect>";
        }
        out += "\n";
        y += rh;
    }
    out += "</svg>\n";
}

void coverage_chart(std::string& out, const ProgressReport& r) {
    const auto& pts = r.metrics.coverage;
    out +=
        "<svg id=\"coverage-trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"200\" role=\"img\" "
        "aria-label=\"Coverage trend\">\n<rect x=\"40\" y=\"10\" width=\"660\" height=\"160\" fill=\"#f5f7fa\"/>\n";
    if (pts.empty()) {
        out += "<text x=\"60\" y=\"95\">No coverage recorded in the window (record runs with --record).</text>\n";
    } else {
        double lo = pts.front().line;
        double hi = lo;
        for (const auto& p : pts) {
            lo = std::min(lo, p.line);
            hi = std::max(hi, p.line);
        }
        lo = std::max(0.0, std::floor(lo - 2));
        hi = std::min(100.0, std::ceil(hi + 2));
        if (hi <= lo) hi = lo + 1;
        // Times come from notes: the span is taken in double, so a corrupt
        // record at the end of time (LLONG_MAX) cannot overflow it.
        const long long t0 = pts.front().time;
        const long long t1 = std::max(pts.back().time, t0);
        const double span = std::max(1.0, static_cast<double>(t1) - static_cast<double>(t0));
        std::string points;
        for (const auto& p : pts) {
            const double x = 40 + 660.0 * (static_cast<double>(p.time) - static_cast<double>(t0)) / span;
            const double y = 170 - 160.0 * (p.line - lo) / (hi - lo);
            points += num(x) + "," + num(y) + " ";
            out += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"3\" fill=\"#3b7dd8\"><title>" +
                   num(p.line) + "% on " + html_escape(p.commit.substr(0, 10)) + "</title></circle>\n";
        }
        out += "<polyline fill=\"none\" stroke=\"#3b7dd8\" stroke-width=\"2\" points=\"" + points + "\"/>\n";
        out += "<text x=\"0\" y=\"20\">" + num(hi) + "%</text><text x=\"0\" y=\"170\">" + num(lo) + "%</text>\n";
        out += "<text x=\"40\" y=\"190\">" + CivilDate::from_unix(t0).str() + "</text><text x=\"620\" y=\"190\">" +
               CivilDate::from_unix(t1).str() + "</text>\n";
    }
    out += "</svg>\n";
}

void checkpoint_timeline(std::string& out, const ProgressReport& r) {
    std::vector<const CheckpointProgress*> dated;
    for (const auto& c : r.checkpoints) {
        if (c.due || c.decided_at) dated.push_back(&c);
    }
    const int height = 60 + 22 * static_cast<int>(r.checkpoints.size());
    out += "<svg id=\"checkpoint-timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"" +
           std::to_string(height) + "\" role=\"img\" aria-label=\"Checkpoint timeline\">\n";
    long long lo = r.today.days_since(CivilDate{});
    long long hi = lo;
    for (const auto* c : dated) {
        if (c->due) {
            lo = std::min(lo, c->due->days_since(CivilDate{}));
            hi = std::max(hi, c->due->days_since(CivilDate{}));
        }
        if (c->decided_at) {
            lo = std::min(lo, *c->decided_at / 86400);
            hi = std::max(hi, *c->decided_at / 86400);
        }
    }
    if (hi == lo) hi = lo + 1;
    auto x_of = [&](long long day) {
        return 170 + 520.0 * static_cast<double>(day - lo) / static_cast<double>(hi - lo);
    };
    const double today_x = x_of(r.today.days_since(CivilDate{}));
    out += "<line x1=\"" + num(today_x) + "\" y1=\"16\" x2=\"" + num(today_x) + "\" y2=\"" + std::to_string(height) +
           "\" stroke=\"#d64545\" stroke-dasharray=\"4 3\"/><text x=\"" + num(today_x - 20) +
           "\" y=\"12\">today</text>\n";
    int y = 30;
    for (const auto& c : r.checkpoints) {
        out += "<text x=\"0\" y=\"" + std::to_string(y + 4) + "\">" + html_escape(cut(c.id, 22)) + "</text>";
        if (c.due) {
            out += "<circle class=\"due\" cx=\"" + num(x_of(c.due->days_since(CivilDate{}))) + "\" cy=\"" +
                   std::to_string(y) + "\" r=\"6\" fill=\"" + checkpoint_colour(c.state) + "\"><title>" +
                   html_escape(c.id) + " due " + c.due->str() + ": " + to_string(c.state) + "</title></circle>";
        }
        if (c.decided_at) {
            out += "<rect class=\"decided\" x=\"" + num(x_of(*c.decided_at / 86400) - 4) + "\" y=\"" +
                   std::to_string(y - 4) + "\" width=\"8\" height=\"8\" fill=\"#1f2933\"><title>decided " +
                   format_day(c.decided_at, "–") + "</title></rect>";
        }
        out += "\n";
        y += 22;
    }
    out += "</svg>\n";
}

}  // namespace

std::string render_progress_html(const ProgressReport& r) {
    const ProgressMetrics& m = r.metrics;
    const std::string project = r.project.empty() ? std::string("(unnamed project)") : r.project;
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src "
        "data:\">\n"
        "<title>Progress: " +
        html_escape(project) + "</title>\n<style>" + k_style + "</style>\n</head>\n<body>\n";
    out += "<h1 id=\"title\">Progress: " + html_escape(project) + "</h1>\n<div class=\"sub\">base " +
           html_escape(r.base_ref) + " @ " + html_escape(r.base_commit.substr(0, 10)) + " · as of " + r.today.str() +
           " · window since " + CivilDate::from_unix(r.since).str() + "</div>\n<div class=\"kpis\" id=\"kpis\">\n";
    kpi(out, "Overall", format_percent(m.overall_percent));
    kpi(out, "Elapsed", format_elapsed(m.elapsed_days));
    kpi(out, "ETA", m.remaining_hours > 0 && m.eta ? m.eta->str() : "nothing left");
    kpi(out, "Active", std::to_string(m.active));
    kpi(out, "Completed", std::to_string(m.completed));
    kpi(out, "Blocked", std::to_string(m.blocked));
    kpi(out, "Failed", std::to_string(m.failed));
    kpi(out, "Parallel efficiency", format_ratio(m.parallel_efficiency));
    kpi(out, "Parallel utilisation", format_ratio(m.parallel_utilisation));
    kpi(out, "Blocking time", format_ratio(m.blocking_share));
    kpi(out, "Rework rate", format_ratio(m.rework_rate));
    kpi(out, "Gate pass rate", format_ratio(m.gate_pass_rate));
    kpi(out, "Triggers fired", std::to_string(m.triggers_fired));
    kpi(out, "Overdue checkpoints", std::to_string(m.overdue_checkpoints));
    out += "</div>\n<h2>Streams</h2>\n";
    stream_bars(out, r);
    out += "<h2>Dependency graph</h2>\n<div>";
    for (PacketState s : {PacketState::done, PacketState::in_progress, PacketState::blocked, PacketState::pending,
                          PacketState::paused, PacketState::dropped}) {
        out += "<span class=\"dot\" style=\"background:" + std::string(state_colour(s)) + "\"></span>" + to_string(s) +
               " ";
    }
    out += "</div>\n";
    dependency_graph(out, r);
    out += "<h2>Packets: planned by effort (grey) and actual from git</h2>\n";
    gantt(out, r);
    out += "<h2>Coverage trend</h2>\n";
    coverage_chart(out, r);
    out += "<h2>Checkpoints</h2>\n";
    checkpoint_timeline(out, r);
    out +=
        "<table id=\"packets\">\n<tr><th>Packet</th><th>Title</th><th>Status</th><th>Started</th><th>Completed</th>"
        "<th>Why</th></tr>\n";
    for (const auto& p : r.packets) {
        out += "<tr><td>" + html_escape(p.id) + "</td><td>" + html_escape(p.title) + "</td><td>" + to_string(p.state) +
               "</td><td>" + format_day(p.started, "–") + "</td><td>" + format_day(p.completed, "–") + "</td><td>" +
               html_escape(p.why) + "</td></tr>\n";
    }
    out += "</table>\n";
    if (!r.notes.empty()) {
        out += "<h2>Notes</h2>\n<ul id=\"notes\">\n";
        for (const auto& n : r.notes) out += "<li>" + html_escape(n) + "</li>\n";
        out += "</ul>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace tollgate
