#pragma once

// The coverage gate kind (DESIGN §3 `coverage:`, §5.7): runs the gate's
// command like a command gate, then reads the report it wrote and judges
// min, branch-min, patch-min and no-drop on it.

#include "gates/gate.hpp"
#include "runner/coverage/coverage_evaluation.hpp"
#include "runner/git/repository.hpp"
#include "runner/zones/zone_map.hpp"

#include <functional>
#include <memory>
#include <optional>

namespace tollgate {

/// What a coverage gate needs beyond its own `coverage:` keys.
struct CoverageGateInputs {
    /// The change being judged, with line data; patch-min fails ("no change
    /// to measure") without it. It outlives the run, as do zones and repository.
    const ChangeSet* change = nullptr;
    /// The inventory's zone map for `zones:` minimums; built from the gate's
    /// inventory when unset.
    const ZoneMap* zones = nullptr;
    /// The repository the change was read from; found from the gate's
    /// working directory when unset.
    const Repository* repository = nullptr;
    /// The recorded figure no-drop compares with. The seam for reading the
    /// base commit's git note (DESIGN §5.10); unset or nullopt = no baseline.
    std::function<std::optional<CoverageBaseline>(const Gate&)> baseline;
    /// Extra report-path rewrites (--path-map).
    std::vector<PathMapRule> path_maps;
};

/// A gate with a `coverage:` block.
class CoverageGate final : public GateKind {
public:
    /// Shares `inputs` with every other coverage gate of the run.
    explicit CoverageGate(std::shared_ptr<const CoverageGateInputs> inputs);
    /// The gate's command, as a command gate runs it.
    [[nodiscard]] std::optional<ProcessSpec> process(const GateContext& context) const override;
    /// The command's verdict, then judge_coverage_attempt() on a pass.
    [[nodiscard]] GateAttempt conclude(const GateContext& context,
                                       const std::optional<ProcessOutcome>& outcome) const override;

private:
    std::shared_ptr<const CoverageGateInputs> m_inputs;
};

/// The request a coverage gate evaluates: its report (relative to the
/// gate's working directory), format and thresholds, plus the inputs.
CoverageRequest coverage_request_for(const GateContext& context, const CoverageGateInputs& inputs);

/// Judges a command gate's passed attempt against its coverage spec: the
/// attempt fails when a threshold fails and is an error when the report is
/// missing or unreadable; figures go to `attempt.coverage`.
void judge_coverage_attempt(const GateContext& context, const CoverageGateInputs& inputs, GateAttempt& attempt);

/// CoverageGate for gates with `coverage:`, CommandGate for the rest.
GateFactory coverage_gate_factory(CoverageGateInputs inputs);

}  // namespace tollgate
