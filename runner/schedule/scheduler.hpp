#pragma once

// Runs a GatePlan: up to `jobs` gates at once, each after its needs, with
// retries, --stop-on-failure and interruption. Pure logic over a
// ProcessRunner, so unit tests drive it with a scripted fake; the result is
// an immutable RunResult that `run` and `check` render.

#include "gates/gate.hpp"
#include "runner/process/environment.hpp"
#include "runner/process/process_runner.hpp"
#include "runner/process/stop_signal.hpp"
#include "runner/schedule/gate_plan.hpp"
#include "runner/schedule/run_result.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tollgate {

/// How a run behaves.
struct RunOptions {
    int jobs = 0;                  ///< gates at once; 0 = the number of CPUs
    bool stop_on_failure = false;  ///< start nothing new after a gate fails
    Millis grace = default_grace;  ///< SIGTERM → SIGKILL on timeout or interrupt
    std::size_t capture_limit = default_capture_limit;
    std::string packet;  ///< TOLLGATE_PACKET and results.json `packet`
    std::string base;    ///< results.json `base`/`head`, when a change is judged
    std::string head;
    /// The change's paths, for TOLLGATE_CHANGED_FILES; nullopt = not known
    /// (then the variables are not set).
    std::optional<std::vector<std::string>> changed_files;
    std::set<std::string> signed_off;           ///< manual gates that pass by sign-off
    std::optional<EnvironmentMap> environment;  ///< inherited by gates; default tollgate's own
    const StopSignal* stop = nullptr;           ///< once requested, nothing new starts
    GateFactory factory;                        ///< default: CoverageGate for gates with `coverage:`, else CommandGate
};

/// Hears about a run as it happens (console progress); calls come from the
/// scheduler's thread, in order.
class RunObserver {
public:
    virtual ~RunObserver() = default;
    /// Before the first gate starts.
    virtual void on_run_started(const GatePlan& plan, int jobs) { (void)plan, (void)jobs; }
    /// A gate's process (or evaluation) began; attempt is 1-based.
    virtual void on_gate_started(const PlannedGate& gate, int number, int attempt) {
        (void)gate, (void)number, (void)attempt;
    }
    /// A gate has its final result; `finished` of `total` are done.
    virtual void on_gate_finished(const GateResult& result, std::size_t finished, std::size_t total) {
        (void)result, (void)finished, (void)total;
    }
};

/// An observer that ignores everything.
class NullRunObserver final : public RunObserver {};

/// The number of CPUs tollgate may use (affinity-aware), at least 1.
int available_cpus();

/// Runs the plan's gates and returns their results in plan order.
RunResult run_gates(const Inventory& inventory, const GatePlan& plan, const RunOptions& options, ProcessRunner& runner,
                    RunObserver& observer);

/// plan_gates, then run_gates.
RunResult run_gates(const Inventory& inventory, const Selection& selection, const RunOptions& options,
                    ProcessRunner& runner, RunObserver& observer);

}  // namespace tollgate
