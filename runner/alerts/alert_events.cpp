#include "runner/alerts/alert_events.hpp"

#include "runner/inventory/validator.hpp"
#include "runner/packets/packet_delay.hpp"

#include <algorithm>
#include <cmath>

namespace tollgate {

namespace {

std::string short_commit(const std::string& commit) {
    return commit.substr(0, 10);
}

// The key names the subject and the commit, so a rerun on the same commit is
// the same event and the next commit's failure is a new one.
AlertEvent make_event(std::string name, const std::string& subject, const std::string& commit) {
    AlertEvent e;
    e.key = name + ":" + subject + "@" + commit;
    e.name = std::move(name);
    e.commit = commit;
    return e;
}

bool is_deploy_gate(const GateResult& gate) {
    return std::find(gate.labels.begin(), gate.labels.end(), "deploy") != gate.labels.end();
}

void add_gate_events(const std::vector<GateResult>& gates, const std::string& packet, const std::string& commit,
                     std::vector<AlertEvent>& out) {
    for (const auto& g : gates) {
        if (!is_failure(g.status) || g.status == GateStatus::interrupted) continue;
        const std::string how = to_string(g.status) + (g.outcome.empty() ? "" : " (" + g.outcome + ")");
        AlertEvent e = make_event("test-failed", g.id, commit);
        e.gate = g.id;
        e.packet = packet;
        e.summary = "gate " + g.id + " " + how;
        out.push_back(e);
        if (is_deploy_gate(g)) {
            e = make_event("deployment-failed", g.id, commit);
            e.gate = g.id;
            e.packet = packet;
            e.summary = "deployment gate " + g.id + " " + how;
            out.push_back(std::move(e));
        }
    }
}

}  // namespace

std::vector<AlertEvent> events_of_check(const CheckResult& result, const Inventory& inventory) {
    std::vector<AlertEvent> out;
    const std::string& commit = result.head_commit;
    const std::string subject = result.packet.empty() ? std::string("change") : result.packet;
    const bool passed = result.verdict == Verdict::pass;
    AlertEvent verdict = make_event(passed ? "check-passed" : "check-failed", subject, commit);
    verdict.packet = result.packet;
    verdict.summary = passed ? "check passed" : "check failed";
    if (!passed && !result.failures.empty()) verdict.summary += ": " + result.failures.front();
    if (!commit.empty()) verdict.summary += " on " + short_commit(commit);
    if (!passed && result.failures.size() > 1)
        verdict.summary += " (and " + std::to_string(result.failures.size() - 1) + " more)";
    out.push_back(std::move(verdict));
    if (result.run) add_gate_events(result.run->gates, result.packet, commit, out);
    for (const auto& c : result.checkpoints) {
        if (!c.evaluated || (c.status != CheckpointStatus::passed && c.status != CheckpointStatus::failed)) continue;
        const bool ok = c.status == CheckpointStatus::passed;
        AlertEvent e = make_event(ok ? "checkpoint-passed" : "checkpoint-failed", c.id, commit);
        e.checkpoint = c.id;
        e.packet = result.packet;
        e.summary = "checkpoint " + c.id + (ok ? " passed" : " failed") + (c.reason.empty() ? "" : ": " + c.reason);
        out.push_back(std::move(e));
    }
    if (!result.packet.empty()) {
        const PacketDelay delay = packet_delay(inventory, result.packet, result.today);
        if (delay.delay_ms && *delay.delay_ms > 0) {
            const long days = std::lround(*delay.delay_ms / 86'400'000.0);
            // Keyed by the delay, not the commit: each further day late is news, another commit is not.
            AlertEvent e = make_event("task-delayed", result.packet, std::to_string(days) + "d");
            e.commit = commit;
            e.packet = result.packet;
            e.summary = "packet " + result.packet + " is " + std::to_string(days) + " day(s) past its planned finish";
            out.push_back(std::move(e));
        }
    }
    for (const auto& t : result.triggers) {
        if (!t.fired) continue;
        AlertEvent e = make_event("trigger-fired", t.when, commit);
        e.packet = result.packet;
        e.summary = "trigger '" + t.when + "' fired (" + to_string(t.action) + ")" +
                    (t.message.empty() ? "" : ": " + t.message) + (t.reason.empty() ? "" : "; " + t.reason);
        out.push_back(e);
        // A message such as "critical-bug" is an event of its own that rules can route.
        if (!t.message.empty() && is_valid_id(t.message)) {
            AlertEvent named = e;
            named.name = t.message;
            named.key = t.message + ":" + t.when + "@" + commit;
            out.push_back(std::move(named));
        }
    }
    return out;
}

std::vector<AlertEvent> events_of_run(const RunResult& result) {
    std::vector<AlertEvent> out;
    add_gate_events(result.gates, result.packet, result.commit.empty() ? result.head : result.commit, out);
    return out;
}

}  // namespace tollgate
