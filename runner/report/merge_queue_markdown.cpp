#include "runner/report/merge_queue_markdown.hpp"

#include "runner/core/text.hpp"
#include "runner/report/escape.hpp"
#include "runner/report/merge_queue_text.hpp"

namespace tollgate {

std::string render_merge_queue_markdown(const MergeQueue& queue) {
    std::string out = "## Ready to merge into " + markdown_cell(queue.base_ref) + "\n\n";
    if (queue.mergeable() == 0) {
        out += "No branch may merge now.\n";
    } else {
        out += "| # | branch | packet | conflicts | after |\n";
        out += "|---|---|---|---|---|\n";
        for (const auto& b : queue.branches) {
            if (!b.position) continue;
            out += "| " + std::to_string(*b.position) + " | `" + markdown_cell(b.name) + "` | " +
                   markdown_cell(b.packet) + " | " + markdown_cell(merge_conflicts_label(b)) + " | " +
                   markdown_cell(join(b.after_branches, ", ")) + " |\n";
        }
    }
    if (queue.mergeable() < queue.branches.size()) {
        out += "\n### May not merge yet\n\n";
        for (const auto& b : queue.branches) {
            if (b.position) continue;
            out += "- `" + markdown_cell(b.name) + "`" +
                   (b.packet.empty() ? "" : " (" + markdown_cell(b.packet) + ")") + ": " +
                   markdown_cell(join(b.verdict.reasons, "; ")) + "\n";
        }
    }
    return out;
}

}  // namespace tollgate
