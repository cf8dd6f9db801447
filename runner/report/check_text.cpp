#include "runner/report/check_text.hpp"

#include "runner/core/duration.hpp"
#include "runner/core/text.hpp"
#include "runner/report/paint.hpp"

#include <cstdio>

namespace tollgate {

namespace {

// Beyond this many changed paths only the violations are listed.
constexpr std::size_t k_path_list_limit = 30;

std::string short_id(const std::string& id) {
    return id.size() > 8 ? id.substr(0, 8) : id;
}

std::string side(const std::string& ref, const std::string& commit) {
    if (ref.empty() && commit.empty()) return "?";
    if (ref.empty()) return short_id(commit);
    return commit.empty() ? ref : ref + " (" + short_id(commit) + ")";
}

std::string change_line(const CheckResult& r) {
    switch (r.mode) {
        case ChangeMode::staged: return "staged changes against HEAD";
        case ChangeMode::worktree: return "work tree changes against HEAD";
        default: return side(r.base_ref, r.base_commit) + " → " + side(r.head_ref, r.head_commit);
    }
}

const char* checkpoint_mark(CheckpointStatus s) {
    switch (s) {
        case CheckpointStatus::passed: return "✓";
        case CheckpointStatus::failed: return "✗";
        case CheckpointStatus::pending: return "…";
        case CheckpointStatus::overdue: return "!";
    }
    return "?";
}

const char* checkpoint_color(CheckpointStatus s) {
    switch (s) {
        case CheckpointStatus::passed: return "32";
        case CheckpointStatus::failed: return "31;1";
        case CheckpointStatus::pending: return "2";
        case CheckpointStatus::overdue: return "33";
    }
    return "0";
}

std::string why_of(const CheckResult& r, const std::string& gate) {
    for (const auto& g : r.gate_reasons) {
        if (g.gate == gate) return join(g.why, "; ") + (g.advisory ? " (advisory)" : "");
    }
    return "needed by another gate";
}

void section(std::string& out, const std::string& title) {
    out += "\n" + title + "\n";
}

}  // namespace

std::string render_check_text(const CheckResult& r, bool color) {
    std::string out;
    const bool pass = r.verdict == Verdict::pass;
    out += "tollgate check: " + (pass ? paint("PASS", "32;1", color) : paint("FAIL", "31;1", color)) + "\n";
    out += "  packet     " +
           (r.packet.empty() ? std::string("none (the change matches no packet)")
                             : r.packet + " (" + r.packet_source + ")") +
           "\n";
    out += "  change     " + change_line(r) + ", " + std::to_string(r.changed.size()) + " path(s)\n";
    out += "  inventory  " + r.inventory_from + "\n";
    if (r.today) out += "  today      " + r.today->str() + "\n";
    for (const auto& n : r.notes) out += "  note: " + printable(n) + "\n";

    std::size_t violations = 0;
    for (const auto& v : r.changed) violations += v.allowed ? 0 : 1;
    section(out, "Ownership: " + std::to_string(r.changed.size()) + " path(s), " + std::to_string(violations) +
                     " violation(s)");
    const bool list_all = r.changed.size() <= k_path_list_limit;
    for (const auto& v : r.changed) {
        if (v.allowed && !list_all) continue;
        const std::string path = printable(v.old_path.empty() ? v.path : v.old_path + " → " + v.path);
        out += "  " + (v.allowed ? paint("✓", "32", color) : paint("✗", "31;1", color)) + " " +
               status_letter(v.status) + " " + path + "\n";
        out += "      " + (v.allowed ? printable(v.reason) : paint(printable(v.reason), "31", color)) + "\n";
    }
    if (!list_all) out += "  (" + std::to_string(r.changed.size() - violations) + " allowed path(s) not listed)\n";

    if (!r.dependencies.empty()) {
        section(out, "Dependencies of " + r.packet);
        for (const auto& d : r.dependencies) {
            const char* mark = d.satisfied ? "✓" : (d.blocking ? "✗" : "!");
            const char* code = d.satisfied ? "32" : (d.blocking ? "31;1" : "33");
            out += "  " + paint(mark, code, color) + " " + d.reason + "\n";
        }
    }
    if (!r.checkpoints.empty()) {
        section(out, "Checkpoints");
        for (const auto& c : r.checkpoints) {
            out += "  " +
                   paint(std::string(checkpoint_mark(c.status)) + " " + to_string(c.status), checkpoint_color(c.status),
                         color) +
                   " " + c.id + (c.title.empty() ? "" : " (" + c.title + ")") + " [" + to_string(c.role) +
                   (c.blocker ? ", blocker" : ", not a blocker") + "]\n";
            out += "      " + c.reason + "\n";
        }
    }

    if (r.run) {
        section(out, "Gates: " + std::to_string(r.run->gates.size()) + " ran");
        if (r.run->gates.empty()) out += "  (no gate applies to this change)\n";
        for (const auto& g : r.run->gates) {
            const bool good = g.status == GateStatus::passed;
            const bool bad = is_failure(g.status) || g.status == GateStatus::manual;
            const char* code = good ? "32" : (bad ? "31;1" : "33");
            out +=
                "  " + paint(to_string(g.status), code, color) + " " + g.id + " (" + format_seconds(g.duration) + "s)";
            if (!good && !g.outcome.empty()) out += " " + g.outcome;
            out += "\n      why: " + why_of(r, g.id) + "\n";
            if (!good && !g.reason.empty()) out += "      " + g.reason + "\n";
        }
    } else {
        section(out, "Gates that would run (--dry-run): " + std::to_string(r.planned_gates.size()));
        for (const auto& id : r.planned_gates) out += "  " + id + ": " + why_of(r, id) + "\n";
    }

    if (!r.triggers.empty()) {
        section(out, "Triggers");
        for (const auto& t : r.triggers) {
            const std::string state = !t.value ? "n/a  " : (t.fired ? "FIRED" : "quiet");
            const char* code = !t.value ? "2" : (t.fired ? (t.action == TriggerAction::block ? "31;1" : "33") : "32");
            out +=
                "  " + paint(state, code, color) + " " + t.when + " → " + to_string(t.action) + ": " + t.reason + "\n";
        }
    }
    if (!r.notifications.empty()) {
        section(out, "Notifications");
        for (const auto& n : r.notifications) out += "  " + n + "\n";
    }
    if (!r.warnings.empty()) {
        section(out, "Warnings");
        for (const auto& w : r.warnings) out += "  " + paint("!", "33", color) + " " + printable(w) + "\n";
    }
    out += "\n";
    if (pass) {
        out += paint("PASS", "32;1", color) + ": " +
               (r.dry_run ? "no rule fails so far (gates not run: --dry-run)" : "the change may merge") + "\n";
    } else {
        out += paint("FAIL", "31;1", color) + ": " + std::to_string(r.failures.size()) + " reason(s)" +
               (r.run && r.run->interrupted ? " (interrupted)" : "") + "\n";
        for (const auto& f : r.failures) out += "  - " + printable(f) + "\n";
    }
    return out;
}

}  // namespace tollgate
