#include "runner/alerts/alert_events.hpp"

#include "runner/core/duration.hpp"
#include "runner/inventory/validator.hpp"
#include "runner/packets/packet_delay.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

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

AlertEvent delay_event(const std::string& packet, long days, const std::string& commit) {
    // Keyed by the delay, not the commit: each further day late is news, another commit is not.
    AlertEvent e = make_event("task-delayed", packet, std::to_string(days) + "d");
    e.commit = commit;
    e.packet = packet;
    e.summary = "packet " + packet + " is " + std::to_string(days) + " day(s) past its planned finish";
    return e;
}

std::optional<AlertEvent> checkpoint_event(const CheckpointProgress& c) {
    if (c.state != CheckpointState::passed && c.state != CheckpointState::failed) return std::nullopt;
    const bool ok = c.state == CheckpointState::passed;
    // The commit whose record decided it: the same key as the check that recorded it.
    AlertEvent e = make_event(ok ? "checkpoint-passed" : "checkpoint-failed", c.id, c.decided_on);
    e.checkpoint = c.id;
    e.summary = "checkpoint " + c.id + (ok ? " passed" : " failed");
    return e;
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
            out.push_back(delay_event(result.packet, std::lround(*delay.delay_ms / 86'400'000.0), commit));
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

std::vector<AlertEvent> events_of_progress(const ProgressReport& report, const Inventory& inventory) {
    std::vector<AlertEvent> out;
    for (const auto& p : report.packets) {
        if (p.state == PacketState::done) {
            // The commit that brought the last of its work in: done again after more work is news.
            const std::string landing = p.landing.empty() ? std::string("status") : p.landing.back();
            AlertEvent e = make_event("task-complete", p.id, landing);
            e.packet = p.id;
            e.commit = p.landing.empty() ? std::string() : landing;
            e.summary = "packet " + p.id + (p.title.empty() ? "" : " (" + p.title + ")") + " is done";
            out.push_back(std::move(e));
            continue;
        }
        if (p.state == PacketState::dropped || p.state == PacketState::paused) continue;
        const PacketDelay delay = packet_delay(inventory, p.id, report.today);
        if (delay.delay_ms && *delay.delay_ms > 0) {
            out.push_back(delay_event(p.id, std::lround(*delay.delay_ms / 86'400'000.0), ""));
        }
        const auto& stalled_after = inventory.alerts.stalled_after;
        const bool working = p.state == PacketState::in_progress || p.state == PacketState::blocked;
        if (working && stalled_after && p.last_commit) {
            const long long quiet = report.now - *p.last_commit;
            if (quiet * 1000 >= stalled_after->count()) {
                // Keyed by its newest commit: a new commit ends the stall, a later stall is news again.
                AlertEvent e = make_event("packet-stalled", p.id, std::to_string(*p.last_commit));
                e.commit.clear();  // the key's suffix is a time, not a commit
                e.packet = p.id;
                // In the inventory's own form ("30m", "1d"): whole hours said "0 h" for a 30m limit.
                e.summary = "packet " + p.id + " is in progress with no commit for " +
                            format_duration(std::chrono::minutes(quiet / 60)) + " (stalled-after " +
                            format_duration(*stalled_after) + ")";
                out.push_back(std::move(e));
            }
        }
    }
    for (const auto& c : report.checkpoints) {
        if (auto e = checkpoint_event(c)) out.push_back(std::move(*e));
    }
    return out;
}

std::vector<AlertEvent> events_of_run(const RunResult& result) {
    std::vector<AlertEvent> out;
    add_gate_events(result.gates, result.packet, result.commit.empty() ? result.head : result.commit, out);
    return out;
}

}  // namespace tollgate
