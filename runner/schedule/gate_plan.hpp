#pragma once

// Which gates a run takes, in which order, with which needs: the run plan.
// Built from the command line's selection; consumed by the scheduler and by
// `run --dry-run`.

#include "runner/core/duration.hpp"
#include "runner/inventory/model.hpp"
#include "runner/schedule/run_result.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// What the command line asked for. Ids, packets and checkpoints add gates
/// (all gates when none is given); labels then filter; needs are always
/// pulled in, transitively; the shard takes its part last.
struct Selection {
    std::vector<std::string> ids;
    std::vector<std::string> labels;          ///< -L: a gate must carry every one (as ctest)
    std::vector<std::string> exclude_labels;  ///< -LE: a gate carrying any one is left out
    std::vector<std::string> packets;         ///< --packet: its gates
    std::vector<std::string> checkpoints;     ///< --checkpoint: its gates
    std::optional<Shard> shard;
    std::map<std::string, Millis> durations;  ///< recorded durations, to balance shards
    /// Take exactly the gates chosen, without their needs, and treat needs
    /// outside the plan as met (CTest fixtures order them instead).
    bool no_needs = false;
};

/// A gate in the plan.
struct PlannedGate {
    const Gate* gate = nullptr;
    std::vector<std::size_t> needs;          ///< indices into GatePlan::gates
    std::vector<std::string> unknown_needs;  ///< needs naming no gate (the gate becomes an error)
    bool requested = true;                   ///< false when only pulled in as another gate's need
};

/// The gates of one run, in inventory order.
struct GatePlan {
    std::vector<PlannedGate> gates;
    std::optional<Shard> shard;
    std::size_t other_shards = 0;  ///< selected gates left to the other shards
    /// Ids of every selected gate before the shard took its part, in plan
    /// order: what `merge-results` checks the shards against.
    std::vector<std::string> unsharded;
};

/// Resolves a selection against the inventory. Throws UsageError for an
/// unknown gate, packet or checkpoint id (with a "did you mean").
GatePlan plan_gates(const Inventory& inventory, const Selection& selection);

/// The plan in dependency waves: every gate comes after all its needs, and
/// gates in one wave may run in parallel. Gates caught in a needs cycle come
/// last, in one final wave, so nothing is lost.
std::vector<std::vector<std::size_t>> plan_waves(const GatePlan& plan);

}  // namespace tollgate
