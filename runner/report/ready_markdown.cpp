#include "runner/report/ready_markdown.hpp"

#include "runner/core/text.hpp"
#include "runner/report/escape.hpp"
#include "runner/report/ready_text.hpp"

namespace tollgate {

std::string render_ready_markdown(const ReadyList& list) {
    std::string out = "## Ready to start on " + markdown_cell(list.base_ref) + "\n\n";
    if (list.packets.empty()) {
        out += "No packet may start now.\n";
    } else {
        out += "| # | packet | stream | free lanes | critical path | unblocks | priority |\n";
        out += "|---|---|---|---|---|---|---|\n";
        int n = 0;
        for (const auto& p : list.packets) {
            out += "| " + std::to_string(++n) + " | `" + markdown_cell(p.id) + "`" +
                   (p.title.empty() || p.title == p.id ? "" : " " + markdown_cell(p.title)) + " | " +
                   markdown_cell(p.stream) + " | " + free_lanes_label(p.free_lanes) + " | " + slack_label(p) + " | " +
                   std::to_string(p.unblocks.size()) +
                   (p.unblocks.empty() ? "" : " (" + markdown_cell(join(p.unblocks, ", ")) + ")") + " | " +
                   markdown_cell(p.priority) + " |\n";
        }
    }
    if (!list.waiting.empty()) {
        out += "\n### Not ready\n\n";
        for (const auto& w : list.waiting)
            out += "- `" + markdown_cell(w.packet) + "`: " + markdown_cell(w.reason) + "\n";
    }
    return out;
}

}  // namespace tollgate
