#include "runner/report/ready_text.hpp"

#include "runner/core/text.hpp"
#include "runner/report/paint.hpp"
#include "runner/report/plan_labels.hpp"

namespace tollgate {

std::string free_lanes_label(const std::optional<int>& free_lanes) {
    if (!free_lanes) return "lanes not declared";
    if (*free_lanes == 0) return "no free lane";
    return std::to_string(*free_lanes) + (*free_lanes == 1 ? " free lane" : " free lanes");
}

std::string slack_label(const ReadyPacket& packet) {
    return packet.critical ? "critical path" : "slack " + format_days(packet.slack_hours) + "d";
}

std::string render_ready_text(const ReadyList& list, bool color) {
    std::string out = "ready to start on " + printable(list.base_ref) + " (" + list.base_commit.substr(0, 12) +
                      "): " + std::to_string(list.packets.size()) + " packet(s)" +
                      (list.include_started ? ", started ones included" : "") + "\n";
    int n = 0;
    for (const auto& p : list.packets) {
        out += "  " + std::to_string(++n) + ". " + paint(printable(p.id), "1", color);
        if (!p.title.empty() && p.title != p.id) out += " — " + printable(p.title);
        out += "\n     stream " + (p.stream.empty() ? std::string("(none)") : printable(p.stream)) + ": ";
        out += p.free_lanes && *p.free_lanes == 0 ? paint(free_lanes_label(p.free_lanes), "33", color)
                                                  : free_lanes_label(p.free_lanes);
        out += "; " + (p.critical ? paint(slack_label(p), "31;1", color) : slack_label(p));
        out += "; unblocks " + std::to_string(p.unblocks.size());
        if (!p.unblocks.empty()) out += " (" + printable(join(p.unblocks, ", ")) + ")";
        if (!p.priority.empty()) out += "; priority " + printable(p.priority);
        if (p.started) out += "; already started";
        out += "\n";
    }
    if (!list.streams.empty()) {
        out += "\nstreams:\n";
        for (const auto& s : list.streams) {
            out += "  " + (s.id.empty() ? std::string("(no stream)") : printable(s.id)) + ": " +
                   std::to_string(s.in_progress) + " in progress";
            if (s.agents) out += " of " + std::to_string(*s.agents) + " agent(s)";
            out += ", " + free_lanes_label(s.free_lanes) + "\n";
        }
    }
    if (!list.waiting.empty()) {
        out += "\nnot ready:\n";
        for (const auto& w : list.waiting) out += "  " + printable(w.packet) + ": " + printable(w.reason) + "\n";
    }
    return out;
}

}  // namespace tollgate
