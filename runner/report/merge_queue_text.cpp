#include "runner/report/merge_queue_text.hpp"

#include "runner/core/text.hpp"
#include "runner/report/paint.hpp"

namespace tollgate {

std::string merge_conflicts_label(const MergeBranch& branch) {
    if (branch.conflicts.empty()) return "conflicts with nothing";
    std::string out = "conflicts with ";
    bool first = true;
    for (const auto& c : branch.conflicts) {
        if (!first) out += ", ";
        first = false;
        out += c.branch + " (" + std::to_string(c.files.size()) + (c.files.size() == 1 ? " file" : " files");
        if (!c.other_may_merge) out += ", may not merge yet";
        if (c.blocking) out += ", in an exclusive zone";
        out += ")";
    }
    return out;
}

namespace {

std::string packet_label(const MergeBranch& b) {
    return b.packet.empty() ? std::string("no packet") : "packet " + printable(b.packet);
}

void conflict_lines(std::string& out, const MergeBranch& b, bool color) {
    for (const auto& c : b.conflicts) {
        for (const auto& f : c.files) {
            out +=
                "       " + paint("CONFLICT", "33", color) + " " + printable(f) + " with " + printable(c.branch) + "\n";
        }
    }
}

}  // namespace

std::string render_merge_queue_text(const MergeQueue& queue, bool color) {
    const std::size_t mergeable = queue.mergeable();
    std::string out = "ready to merge into " + printable(queue.base_ref) + " (" + queue.base_commit.substr(0, 12) +
                      "): " + std::to_string(mergeable) + " of " + std::to_string(queue.branches.size()) +
                      " branch(es) in flight\n";
    for (const auto& b : queue.branches) {
        if (!b.position) continue;
        out += "  " + std::to_string(*b.position) + ". " + paint(printable(b.name), "1", color) + " (" +
               packet_label(b) + ")\n";
        out += "     " + printable(merge_conflicts_label(b));
        if (!b.after_branches.empty()) out += "; after " + printable(join(b.after_branches, ", "));
        out += "\n";
        conflict_lines(out, b, color);
        for (const auto& w : b.verdict.warnings) out += "     warning: " + printable(w) + "\n";
    }
    if (mergeable < queue.branches.size()) {
        out += "\nmay not merge yet:\n";
        for (const auto& b : queue.branches) {
            if (b.position) continue;
            out += "  " + paint(printable(b.name), "1", color) + " (" + packet_label(b) + ")\n";
            for (const auto& r : b.verdict.reasons) out += "     - " + paint(printable(r), "31", color) + "\n";
            if (!b.after_branches.empty()) out += "     merges after " + printable(join(b.after_branches, ", ")) + "\n";
            if (!b.conflicts.empty()) out += "     " + printable(merge_conflicts_label(b)) + "\n";
        }
    }
    if (!queue.skipped.empty()) {
        out += "\nleft out:\n";
        for (const auto& s : queue.skipped) out += "  " + printable(s.name) + ": " + printable(s.reason) + "\n";
    }
    return out;
}

}  // namespace tollgate
