#include "runner/verdict/check_result.hpp"

#include <algorithm>

namespace tollgate {

namespace {

const GateReason* reason_of(const CheckResult& result, const std::string& gate) {
    for (const auto& r : result.gate_reasons) {
        if (r.gate == gate) return &r;
    }
    return nullptr;
}

std::string gate_line(const GateResult& g) {
    std::string line = "gate " + g.id + " " + to_string(g.status);
    if (!g.outcome.empty() && g.outcome != to_string(g.status)) line += " (" + g.outcome + ")";
    if (!g.reason.empty()) line += ": " + g.reason;
    return line;
}

std::string trigger_line(const TriggerFinding& t) {
    std::string line = "trigger '" + t.when + "'";
    if (!t.where.file.empty()) line += " (" + t.where.str() + ")";
    line += " fired: " + t.reason;
    if (!t.message.empty()) line += " — " + t.message;
    return line;
}

}  // namespace

void conclude_check(CheckResult& result) {
    auto& failures = result.failures;
    auto& warnings = result.warnings;
    failures.clear();
    warnings.clear();
    result.notifications.clear();
    for (const auto& v : result.changed) {
        if (!v.allowed) failures.push_back(v.reason);
    }
    for (const auto& d : result.dependencies) {
        if (d.satisfied) continue;
        (d.blocking ? failures : warnings).push_back(d.reason);
    }
    for (const auto& c : result.checkpoints) {
        // A prerequisite's state is judged as a dependency above.
        if (c.role == CheckpointRole::prerequisite) continue;
        const std::string name = "checkpoint " + c.id + (c.title.empty() ? "" : " (" + c.title + ")");
        if (c.status == CheckpointStatus::failed) {
            (c.blocker ? failures : warnings).push_back(name + " failed: " + c.reason);
        } else if (c.status == CheckpointStatus::overdue) {
            warnings.push_back(name + " is overdue: " + c.reason);
        }
    }
    if (result.run) {
        for (const auto& g : result.run->gates) {
            const GateReason* why = reason_of(result, g.id);
            const bool advisory = why != nullptr && why->advisory;
            if (is_failure(g.status)) {
                (advisory ? warnings : failures)
                    .push_back(gate_line(g) + (advisory ? " (advisory: non-blocker checkpoint)" : ""));
            } else if (g.status == GateStatus::manual) {
                (advisory ? warnings : failures)
                    .push_back("gate " + g.id +
                               " is manual and has no sign-off: once a person has checked it, add a 'Verified: " +
                               g.id + "' trailer to a commit of the change");
            }
        }
    }
    warnings.insert(warnings.end(), result.run_warnings.begin(), result.run_warnings.end());
    for (const auto& t : result.triggers) {
        if (!t.fired) continue;
        switch (t.action) {
            case TriggerAction::block: failures.push_back(trigger_line(t)); break;
            case TriggerAction::warn: warnings.push_back(trigger_line(t)); break;
            case TriggerAction::notify: result.notifications.push_back(trigger_line(t)); break;
        }
    }
    const bool interrupted = result.run && result.run->interrupted;
    result.verdict = failures.empty() && !interrupted ? Verdict::pass : Verdict::fail;
}

}  // namespace tollgate
