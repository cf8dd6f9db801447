#include "runner/report/plan_dot.hpp"

#include "runner/core/text.hpp"
#include "runner/report/plan_labels.hpp"

#include <unordered_set>

namespace tollgate {

namespace {

/// Consecutive critical-path pairs, to draw those edges bold.
std::unordered_set<std::string> critical_edges(const PlanResult& plan) {
    std::unordered_set<std::string> edges;
    for (std::size_t i = 1; i < plan.critical_path.size(); ++i)
        edges.insert(plan.critical_path[i - 1] + '\n' + plan.critical_path[i]);
    return edges;
}

void edge(std::string& out, const std::unordered_set<std::string>& critical, const std::string& from,
          const std::string& to, bool soft) {
    out += "  " + dot_quote(from) + " -> " + dot_quote(to);
    if (soft) out += " [style=dashed]";
    else if (critical.count(from + '\n' + to) != 0) out += " [penwidth=2]";
    out += ";\n";
}

}  // namespace

std::string dot_quote(const std::string& text) {
    const std::string safe = is_valid_utf8(text) ? text : printable(text);
    std::string out = "\"";
    for (std::size_t i = 0; i < safe.size(); ++i) {
        const char c = safe[i];
        if (is_c1_control(safe, i)) {  // a terminal showing the graph source would obey it
            out += ' ';
            ++i;
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': break;
            default: out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
        }
    }
    return out + "\"";
}

std::string render_plan_dot(const PlanResult& plan) {
    std::string out = "digraph plan {\n";
    if (!plan.project.empty()) out += "  label=" + dot_quote(plan.project) + ";\n  labelloc=t;\n";
    out += "  node [shape=box, style=rounded];\n";
    for (const auto& wave : plan.waves) {
        out += "  subgraph phase_" + std::to_string(wave.number) + " {\n    rank=same;\n";
        for (std::size_t i : wave.packets) {
            const PlannedPacket& p = plan.packets[i];
            std::string label = p.id;
            if (!p.title.empty() && p.title != p.id) label += '\n' + p.title;
            label += '\n' + effort_label(p) + ", " + schedule_label(plan, p);
            if (p.status == PacketStatus::paused) label += ", paused";
            out += "    " + dot_quote(p.id) + " [label=" + dot_quote(label);
            if (p.critical) out += ", penwidth=2";
            if (!p.schedule) out += R"(, style="rounded,filled", fillcolor="#e0e0e0")";
            out += "];\n";
        }
        out += "  }\n";
    }
    for (const auto& c : plan.checkpoints) {
        std::string label = c.id;
        if (!c.title.empty() && c.title != c.id) label += '\n' + c.title;
        if (c.due_day) label += "\ndue " + day_label(plan, *c.due_day);
        out += "  " + dot_quote(c.id) + " [shape=hexagon, style=solid, label=" + dot_quote(label);
        if (c.critical) out += ", penwidth=2";
        out += "];\n";
    }
    const auto critical = critical_edges(plan);
    for (const auto& p : plan.packets) {
        for (const auto& pre : p.after) edge(out, critical, pre, p.id, false);
        for (const auto& pre : p.prefer_after) edge(out, critical, pre, p.id, true);
    }
    for (const auto& c : plan.checkpoints)
        for (const auto& pre : c.after) edge(out, critical, pre, c.id, false);
    out += "}\n";
    return out;
}

}  // namespace tollgate
