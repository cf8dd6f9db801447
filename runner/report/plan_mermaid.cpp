#include "runner/report/plan_mermaid.hpp"

#include "runner/core/text.hpp"
#include "runner/report/plan_labels.hpp"

#include <unordered_map>

namespace tollgate {

std::string mermaid_label(const std::string& text) {
    const std::string safe = is_valid_utf8(text) ? text : printable(text);
    std::string out;
    for (std::size_t i = 0; i < safe.size(); ++i) {
        const char c = safe[i];
        if (is_c1_control(safe, i)) {  // a terminal showing the graph source would obey it
            out += ' ';
            ++i;
            continue;
        }
        switch (c) {
            case '"': out += "#quot;"; break;
            case '#': out += "#35;"; break;
            case '&': out += "#amp;"; break;
            case '<': out += "#lt;"; break;
            case '>': out += "#gt;"; break;
            case '`': out += "#96;"; break;
            case '\n': out += "<br/>"; break;
            case '\r': break;
            default: out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
        }
    }
    return out;
}

std::string render_plan_mermaid(const PlanResult& plan) {
    // Inventory ids may contain '.', '-' and other characters Mermaid treats
    // as syntax, so nodes get generated names and the id goes in the label.
    std::unordered_map<std::string, std::string> node;
    for (std::size_t i = 0; i < plan.packets.size(); ++i) node.emplace(plan.packets[i].id, "p" + std::to_string(i + 1));
    for (std::size_t i = 0; i < plan.checkpoints.size(); ++i)
        node.emplace(plan.checkpoints[i].id, "c" + std::to_string(i + 1));

    std::string out = "flowchart TD\n";
    std::vector<std::string> critical, done;
    for (const auto& p : plan.packets) {
        std::string label = p.id;
        if (!p.title.empty() && p.title != p.id) label += '\n' + p.title;
        label += '\n' + effort_label(p) + ", " + schedule_label(plan, p);
        if (p.status == PacketStatus::paused) label += ", paused";
        const std::string& name = node.at(p.id);
        out += "  " + name + "[\"" + mermaid_label(label) + "\"]\n";
        if (p.critical) critical.push_back(name);
        if (!p.schedule) done.push_back(name);
    }
    for (const auto& c : plan.checkpoints) {
        std::string label = c.id;
        if (!c.title.empty() && c.title != c.id) label += '\n' + c.title;
        if (c.due_day) label += "\ndue " + day_label(plan, *c.due_day);
        const std::string& name = node.at(c.id);
        out += "  " + name + "{{\"" + mermaid_label(label) + "\"}}\n";
        if (c.critical) critical.push_back(name);
    }
    for (const auto& p : plan.packets) {
        for (const auto& pre : p.after) out += "  " + node.at(pre) + " --> " + node.at(p.id) + "\n";
        for (const auto& pre : p.prefer_after) out += "  " + node.at(pre) + " -.-> " + node.at(p.id) + "\n";
    }
    for (const auto& c : plan.checkpoints)
        for (const auto& pre : c.after) out += "  " + node.at(pre) + " --> " + node.at(c.id) + "\n";
    if (!critical.empty()) {
        out += "  classDef critical stroke-width:3px;\n";
        out += "  class " + join(critical, ",") + " critical;\n";
    }
    if (!done.empty()) {
        out += "  classDef done fill:#e0e0e0,color:#555555;\n";
        out += "  class " + join(done, ",") + " done;\n";
    }
    return out;
}

}  // namespace tollgate
