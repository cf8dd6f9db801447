#include "runner/schedule/scheduler.hpp"

#include "gates/command_gate.hpp"
#include "gates/coverage_gate.hpp"
#include "gates/manual_gate.hpp"
#include "runner/schedule/changed_files_list.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <sched.h>
#include <thread>
#include <unordered_map>

namespace tollgate {

namespace {

using Clock = std::chrono::steady_clock;

// Completes "needs 'x' which …".
std::string because(GateStatus status) {
    switch (status) {
        case GateStatus::passed: return "passed";
        case GateStatus::failed: return "failed";
        case GateStatus::timeout: return "timed out";
        case GateStatus::error: return "could not run";
        case GateStatus::interrupted: return "was interrupted";
        case GateStatus::skipped: return "was skipped";
        case GateStatus::manual: return "is manual and was not run";
    }
    return "?";
}

class Scheduler {
public:
    Scheduler(const Inventory& inventory, const GatePlan& plan, const RunOptions& options, ProcessRunner& runner,
              RunObserver& observer)
        : m_inventory(inventory),
          m_plan(plan),
          m_options(options),
          m_runner(runner),
          m_observer(observer),
          m_environment(options.environment ? *options.environment : current_environment()),
          m_factory(
              manual_gate_factory(options.signed_off, options.factory ? options.factory : coverage_gate_factory({}))),
          m_jobs(options.jobs > 0 ? options.jobs : available_cpus()) {
        const std::size_t n = plan.gates.size();
        m_results.resize(n);
        m_waiting.resize(n, 0);
        m_dependants.resize(n);
        m_attempts.resize(n, 0);
        m_spent.resize(n, Millis(0));
        m_first_failure.resize(n);
        m_is_running.resize(n, false);
        for (std::size_t i = 0; i < n; ++i) {
            for (const auto need : plan.gates[i].needs) {
                ++m_waiting[i];
                m_dependants[need].push_back(i);
            }
        }
        for (const auto& p : inventory.packets) {
            for (const auto& g : p.gates) m_packets_of[g.value].push_back(p.id);
        }
        for (const auto& c : inventory.checkpoints) {
            for (const auto& g : c.gates) m_checkpoints_of[g.value].push_back(c.id);
        }
        if (options.changed_files) m_changed = std::make_unique<ChangedFilesList>(*options.changed_files);
    }

    RunResult run();

private:
    [[nodiscard]] bool stop_requested() const { return m_options.stop != nullptr && m_options.stop->requested(); }
    [[nodiscard]] GateContext context(std::size_t i, int attempt) const;
    [[nodiscard]] GateResult base_result(std::size_t i) const;
    void start(std::size_t i);
    void conclude(std::size_t i, const std::optional<ProcessOutcome>& outcome);
    void finalize(std::size_t i, GateResult result);
    void halt_pending(GateStatus status, const std::string& reason);

    const Inventory& m_inventory;
    const GatePlan& m_plan;
    const RunOptions& m_options;
    ProcessRunner& m_runner;
    RunObserver& m_observer;
    EnvironmentMap m_environment;
    GateFactory m_factory;
    std::vector<std::unique_ptr<GateKind>> m_kinds;  // per gate, made once in run(); null when settled without one
    int m_jobs;
    std::unique_ptr<ChangedFilesList> m_changed;

    std::vector<std::optional<GateResult>> m_results;
    std::vector<std::size_t> m_waiting;  // needs not yet passed
    std::vector<std::vector<std::size_t>> m_dependants;
    std::vector<int> m_attempts;
    std::vector<Millis> m_spent;
    std::vector<std::string> m_first_failure;  // for the flaky note
    std::vector<bool> m_is_running;
    std::set<std::size_t> m_ready;                             // ordered: plan order among ready gates
    std::unordered_map<ProcessTicket, std::size_t> m_running;  // ticket -> gate index
    std::map<std::string, std::vector<std::string>> m_packets_of;
    std::map<std::string, std::vector<std::string>> m_checkpoints_of;
    std::size_t m_finished = 0;
    bool m_halting = false;
    std::string m_halt_reason;
};

GateContext Scheduler::context(std::size_t i, int attempt) const {
    return GateContext{
        m_inventory,
        *m_plan.gates[i].gate,
        m_inventory.root_dir,
        m_environment,
        m_options.packet,
        m_changed ? m_changed->lines_path() : std::string(),
        m_changed ? m_changed->nul_path() : std::string(),
        m_options.grace,
        m_options.capture_limit,
        attempt,
    };
}

GateResult Scheduler::base_result(std::size_t i) const {
    const Gate& gate = *m_plan.gates[i].gate;
    GateResult r;
    r.id = gate.id;
    r.title = gate.title;
    r.number = static_cast<int>(i) + 1;
    r.labels = gate.labels;
    if (const auto it = m_packets_of.find(gate.id); it != m_packets_of.end()) r.packets = it->second;
    if (const auto it = m_checkpoints_of.find(gate.id); it != m_checkpoints_of.end()) r.checkpoints = it->second;
    r.attempts = m_attempts[i];
    r.duration = m_spent[i];
    return r;
}

void Scheduler::start(std::size_t i) {
    m_is_running[i] = true;
    const int attempt = m_attempts[i] + 1;
    m_observer.on_gate_started(m_plan.gates[i], static_cast<int>(i) + 1, attempt);
    auto spec = m_kinds[i]->process(context(i, attempt));
    if (!spec) {
        conclude(i, std::nullopt);
        return;
    }
    const ProcessTicket ticket = m_runner.start(*spec);
    m_running.emplace(ticket, i);
}

void Scheduler::conclude(std::size_t i, const std::optional<ProcessOutcome>& outcome) {
    const Gate& gate = *m_plan.gates[i].gate;
    const GateAttempt a = m_kinds[i]->conclude(context(i, m_attempts[i] + 1), outcome);
    ++m_attempts[i];
    m_spent[i] += a.duration;
    m_is_running[i] = false;
    const bool retryable = a.status == GateStatus::failed || a.status == GateStatus::timeout;
    if (retryable && m_attempts[i] <= gate.retries && !stop_requested()) {
        if (m_first_failure[i].empty()) m_first_failure[i] = a.outcome;
        m_ready.insert(i);
        return;
    }
    GateResult r = base_result(i);
    r.status = a.status;
    r.exit_code = a.exit_code;
    r.outcome = a.outcome;
    r.reason = a.reason;
    r.output = a.output;
    r.output_bytes = a.output_bytes;
    r.dropped_bytes = a.dropped_bytes;
    r.metrics = a.metrics;
    r.coverage = a.coverage;
    if (a.status == GateStatus::passed && m_attempts[i] > 1) {
        r.flaky = true;
        r.reason = "flaky: passed on attempt " + std::to_string(m_attempts[i]) + " after " + m_first_failure[i];
    }
    finalize(i, std::move(r));
}

void Scheduler::finalize(std::size_t first, GateResult first_result) {
    // A failure skips its dependants, theirs in turn: a worklist, not
    // recursion, so a long chain of needs cannot exhaust the stack.
    std::vector<std::pair<std::size_t, GateResult>> work;
    work.emplace_back(first, std::move(first_result));
    for (std::size_t w = 0; w < work.size(); ++w) {
        const std::size_t i = work[w].first;
        if (m_results[i]) continue;
        m_results[i] = std::move(work[w].second);
        m_ready.erase(i);
        ++m_finished;
        const GateResult& r = *m_results[i];
        m_observer.on_gate_finished(r, m_finished, m_results.size());
        if (is_failure(r.status) && m_options.stop_on_failure && !m_halting) {
            m_halting = true;
            m_halt_reason = "--stop-on-failure: '" + r.id + "' " + because(r.status);
        }
        for (const auto d : m_dependants[i]) {
            if (m_results[d]) continue;
            if (r.status == GateStatus::passed) {
                if (--m_waiting[d] == 0) m_ready.insert(d);
            } else {
                GateResult skipped = base_result(d);
                skipped.status = GateStatus::skipped;
                skipped.reason = "needs '" + r.id + "' which " + because(r.status);
                work.emplace_back(d, std::move(skipped));
            }
        }
    }
}

void Scheduler::halt_pending(GateStatus status, const std::string& reason) {
    for (std::size_t i = 0; i < m_results.size(); ++i) {
        if (m_results[i] || m_is_running[i]) continue;
        GateResult r = base_result(i);
        r.status = status;
        r.reason = reason;
        m_results[i] = std::move(r);
        m_ready.erase(i);
        ++m_finished;
        m_observer.on_gate_finished(*m_results[i], m_finished, m_results.size());
    }
}

RunResult Scheduler::run() {
    const auto started = Clock::now();
    m_observer.on_run_started(m_plan, m_jobs);
    m_kinds.resize(m_plan.gates.size());
    for (std::size_t i = 0; i < m_plan.gates.size(); ++i) {
        const PlannedGate& planned = m_plan.gates[i];
        GateResult r = base_result(i);
        if (!planned.unknown_needs.empty()) {
            r.status = GateStatus::error;
            r.reason = "needs unknown gate '" + planned.unknown_needs.front() + "'";
        } else {
            // One kind per gate for the whole run: settle() now, every attempt later.
            m_kinds[i] = m_factory(*planned.gate);
            const auto settled = m_kinds[i]->settle(context(i, 1));
            if (!settled) continue;
            r.status = settled->status;
            r.reason = settled->reason;
        }
        finalize(i, std::move(r));
    }
    for (std::size_t i = 0; i < m_plan.gates.size(); ++i) {
        if (!m_results[i] && m_waiting[i] == 0) m_ready.insert(i);
    }

    for (;;) {
        const bool stopping = stop_requested();
        if (stopping) halt_pending(GateStatus::interrupted, "not started: tollgate was interrupted");
        else if (m_halting) halt_pending(GateStatus::skipped, m_halt_reason);
        while (!stop_requested() && !m_halting && m_running.size() < static_cast<std::size_t>(m_jobs) &&
               !m_ready.empty()) {
            const std::size_t i = *m_ready.begin();
            m_ready.erase(m_ready.begin());
            start(i);
        }
        if (m_running.empty()) {
            if (m_ready.empty() || stop_requested() || m_halting) break;
            continue;
        }
        auto [ticket, outcome] = m_runner.wait_any();
        const auto it = m_running.find(ticket);
        if (it == m_running.end()) continue;
        const std::size_t gate = it->second;
        m_running.erase(it);
        conclude(gate, outcome);
    }
    if (stop_requested()) halt_pending(GateStatus::interrupted, "not started: tollgate was interrupted");
    else if (m_halting) halt_pending(GateStatus::skipped, m_halt_reason);
    // Only a needs cycle leaves gates that never became ready.
    halt_pending(GateStatus::error, "never became ready: its needs form a cycle");

    RunResult result;
    result.packet = m_options.packet;
    result.base = m_options.base;
    result.head = m_options.head;
    result.jobs = m_jobs;
    result.shard = m_plan.shard;
    result.selected = m_plan.unsharded;
    for (auto& r : m_results) result.gates.push_back(std::move(*r));
    result.verdict = verdict_of(result.gates);
    result.interrupted = std::any_of(result.gates.begin(), result.gates.end(),
                                     [](const GateResult& g) { return g.status == GateStatus::interrupted; });
    result.duration = std::chrono::duration_cast<Millis>(Clock::now() - started);
    return result;
}

}  // namespace

int available_cpus() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (::sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

RunResult run_gates(const Inventory& inventory, const GatePlan& plan, const RunOptions& options, ProcessRunner& runner,
                    RunObserver& observer) {
    Scheduler scheduler(inventory, plan, options, runner, observer);
    return scheduler.run();
}

RunResult run_gates(const Inventory& inventory, const Selection& selection, const RunOptions& options,
                    ProcessRunner& runner, RunObserver& observer) {
    return run_gates(inventory, plan_gates(inventory, selection), options, runner, observer);
}

}  // namespace tollgate
