#include "runner/report/check_markdown.hpp"

#include "runner/core/duration.hpp"
#include "runner/core/text.hpp"
#include "runner/report/escape.hpp"

namespace tollgate {

std::string render_check_markdown(const CheckResult& r) {
    std::string out;
    const bool pass = r.verdict == Verdict::pass;
    out += std::string("## tollgate check: ") + (pass ? "✅ pass" : "❌ fail") + "\n\n";
    out += "Packet: **" + markdown_cell(r.packet.empty() ? "none" : r.packet) + "**";
    if (!r.packet_source.empty()) out += " (" + markdown_cell(r.packet_source) + ")";
    out += " · base " + markdown_cell(r.base_commit.substr(0, 12)) + " · head " +
           markdown_cell(r.head_commit.substr(0, 12)) + " · inventory: " + markdown_cell(r.inventory_from) + "\n\n";
    if (!r.failures.empty()) {
        out += "### Why it fails\n\n";
        for (const auto& f : r.failures) out += "- " + markdown_cell(f) + "\n";
        out += "\n";
    }
    if (!r.warnings.empty()) {
        out += "### Warnings\n\n";
        for (const auto& w : r.warnings) out += "- " + markdown_cell(w) + "\n";
        out += "\n";
    }
    if (!r.notifications.empty()) {
        out += "### Notifications\n\n";
        for (const auto& n : r.notifications) out += "- " + markdown_cell(n) + "\n";
        out += "\n";
    }
    std::size_t violations = 0;
    for (const auto& v : r.changed) violations += v.allowed ? 0 : 1;
    out += "### Ownership\n\n" + std::to_string(r.changed.size()) + " changed path(s), " + std::to_string(violations) +
           " violation(s).\n\n";
    if (violations > 0) {
        out += "| path | zone | rule | owner | reason |\n|---|---|---|---|---|\n";
        for (const auto& v : r.changed) {
            if (v.allowed) continue;
            out += "| " + markdown_cell(printable(v.path)) + " | " + markdown_cell(v.zone) + " | " + v.rule + " | " +
                   markdown_cell(join(v.owners, ", ")) + " | " + markdown_cell(v.reason) + " |\n";
        }
        out += "\n";
    }
    if (!r.dependencies.empty()) {
        out += "### Dependencies\n\n| prerequisite | satisfied | reason |\n|---|---|---|\n";
        for (const auto& d : r.dependencies) {
            out += "| " + markdown_cell(d.id) + " | " + (d.satisfied ? "✅" : (d.blocking ? "❌" : "⚠️")) + " | " +
                   markdown_cell(d.reason) + " |\n";
        }
        out += "\n";
    }
    if (!r.checkpoints.empty()) {
        out += "### Checkpoints\n\n| checkpoint | status | blocker | reason |\n|---|---|---|---|\n";
        for (const auto& c : r.checkpoints) {
            out += "| " + markdown_cell(c.id) + " | " + to_string(c.status) + " | " + (c.blocker ? "yes" : "no") +
                   " | " + markdown_cell(c.reason) + " |\n";
        }
        out += "\n";
    }
    if (r.run && !r.run->gates.empty()) {
        out += "### Gates\n\n| gate | status | duration | details |\n|---|---|---|---|\n";
        for (const auto& g : r.run->gates) {
            std::string detail = g.outcome;
            if (!g.reason.empty()) detail += (detail.empty() ? "" : "; ") + g.reason;
            out += "| " + markdown_cell(g.id) + " | " + to_string(g.status) + " | " + format_seconds(g.duration) +
                   " s | " + markdown_cell(detail) + " |\n";
        }
        out += "\n";
    }
    if (!r.triggers.empty()) {
        out += "### Triggers\n\n| when | action | state | reason |\n|---|---|---|---|\n";
        for (const auto& t : r.triggers) {
            const std::string state = !t.value ? "not evaluated" : (t.fired ? "fired" : "quiet");
            out += "| " + markdown_cell(t.when) + " | " + to_string(t.action) + " | " + state + " | " +
                   markdown_cell(t.reason) + " |\n";
        }
        out += "\n";
    }
    return out;
}

}  // namespace tollgate
