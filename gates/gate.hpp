#pragma once

// The interface every gate kind implements. The scheduler owns ordering,
// parallelism, retries and skipping; a gate kind only says what process an
// attempt runs (if any) and what the attempt's outcome means. The kinds are
// command, coverage and manual (gates/*_gate.hpp), picked per gate by a
// GateFactory. Ownership, dependency, checkpoint and trigger rules are not
// gate kinds: they judge the whole change rather than one gate's attempt, so
// they stay verdict steps in runner/verdict/check_steps.

#include "gates/gate_result.hpp"
#include "runner/inventory/model.hpp"
#include "runner/process/environment.hpp"
#include "runner/process/process_runner.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace tollgate {

/// What a gate may use to build and judge one attempt.
struct GateContext {
    const Inventory& inventory;
    const Gate& gate;
    std::string root_dir;               ///< relative `cwd`s resolve against this
    const EnvironmentMap& environment;  ///< tollgate's environment, inherited by gates
    std::string packet;                 ///< for TOLLGATE_PACKET; may be empty
    std::string changed_files;          ///< file listing changed paths, one per line; "" if unknown
    std::string changed_files0;         ///< the same, NUL-separated; "" if unknown
    Millis grace = default_grace;
    std::size_t capture_limit = default_capture_limit;
    int attempt = 1;  ///< 1-based
};

/// What one attempt of a gate concluded.
struct GateAttempt {
    GateStatus status = GateStatus::error;
    std::optional<int> exit_code;
    Millis duration{0};
    std::string outcome;  ///< "exit 1", "timed out after 5m", …
    std::string reason;   ///< set for error/skipped statuses
    std::string output;
    std::uint64_t output_bytes = 0;
    std::uint64_t dropped_bytes = 0;
    std::map<std::string, double> metrics;
    std::optional<CoverageFigures> coverage;
};

/// One kind of gate.
class GateKind {
public:
    virtual ~GateKind() = default;
    /// The process this attempt runs, or nullopt when the gate decides without one.
    [[nodiscard]] virtual std::optional<ProcessSpec> process(const GateContext& context) const = 0;
    /// Judges the attempt from its process outcome (nullopt when process() gave none).
    [[nodiscard]] virtual GateAttempt conclude(const GateContext& context,
                                               const std::optional<ProcessOutcome>& outcome) const = 0;
    /// A verdict reached before the run starts (not waiting on needs or a job slot), or nullopt to be scheduled.
    [[nodiscard]] virtual std::optional<GateAttempt> settle(const GateContext& /*context*/) const {
        return std::nullopt;
    }
};

/// Picks the kind for an inventory gate; the scheduler's seam for new kinds.
using GateFactory = std::function<std::unique_ptr<GateKind>(const Gate&)>;

}  // namespace tollgate
