#pragma once

// What `tollgate check` found, as immutable data for the renderers
// (runner/report/check_*): the change and its ownership verdicts, the
// packet's dependencies, the checkpoints in play, the gates that ran, the
// triggers, and the one verdict with its reasons.

#include "runner/core/civil_date.hpp"
#include "runner/core/source_location.hpp"
#include "runner/git/change_set.hpp"
#include "runner/inventory/model.hpp"
#include "runner/packets/checkpoints.hpp"
#include "runner/packets/dependencies.hpp"
#include "runner/schedule/run_result.hpp"
#include "runner/zones/ownership.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// One trigger evaluated over the run's metrics.
struct TriggerFinding {
    std::string when;
    TriggerAction action = TriggerAction::warn;
    std::string severity;
    std::string message;
    std::optional<double> value;  ///< the metric (ms for durations, % for coverage); nullopt = no value
    bool fired = false;
    std::string reason;  ///< "coverage is 78.5, and the trigger fires below 80" / "not evaluated: no value …"
    SourceLocation where;
};

/// Why a gate runs in this check.
struct GateReason {
    std::string gate;
    std::vector<std::string> why;  ///< "packet batch-3a", "checkpoint cp-1", "changed: billing/** matches …"
    bool advisory = false;         ///< selected only by non-blocker checkpoints: a failure warns
};

/// The whole check.
struct CheckResult {
    int version = 1;
    Verdict verdict = Verdict::pass;
    std::string packet;         ///< "" = the change belongs to no packet
    std::string packet_source;  ///< "--packet", "branch packet/x", "trailer on 3f2c1d0a", or ""
    ChangeMode mode = ChangeMode::range;
    std::string branch;
    std::string base_ref, base_commit, head_ref, head_commit;
    std::string base_branch;     ///< what "merged into base" means for dependencies
    std::string inventory_from;  ///< "working tree" or "base commit 3f2c1d0a (--trusted-inventory base)"
    std::vector<PathVerdict> changed;
    std::vector<DependencyFinding> dependencies;
    std::vector<CheckpointFinding> checkpoints;
    std::vector<GateReason> gate_reasons;
    std::optional<RunResult> run;            ///< nullopt with --dry-run
    std::vector<std::string> planned_gates;  ///< --dry-run: the gates that would run, in order
    std::vector<TriggerFinding> triggers;
    std::optional<CivilDate> today;
    bool dry_run = false;

    std::vector<std::string> failures;  ///< one actionable line each; non-empty ⇔ fail
    std::vector<std::string> warnings;
    std::vector<std::string> notifications;  ///< fired `notify` triggers
    std::vector<std::string> notes;          ///< fallbacks taken, facts worth knowing
    /// Warnings found while running (a no-drop gate without a recorded
    /// baseline); conclude_check() puts them under warnings.
    std::vector<std::string> run_warnings;
};

/// Fills failures, warnings, notifications and the verdict from the
/// findings: ownership violations, unsatisfied blocking dependencies, failed
/// or overdue blocker checkpoints this change completes or was asked about,
/// failed gates (advisory ones warn), manual gates without a sign-off, fired
/// triggers (block fails, warn warns, notify notifies).
void conclude_check(CheckResult& result);

}  // namespace tollgate
