#pragma once

// May a packet start now (issue #18)? The one answer `tollgate ready` lists
// and `tollgate start` refuses by: not done, dropped or paused; no commits
// yet (unless started packets are allowed); every hard `after` packet done
// and every blocking `after` checkpoint passed. Pure over the progress
// report, so "done", "started" and "passed" mean what `report` says they
// mean (runner/progress/progress, docs/metrics.md).

#include "runner/git/repository.hpp"
#include "runner/inventory/model.hpp"
#include "runner/progress/progress_result.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// What readiness tolerates.
struct ReadinessOptions {
    bool include_started = false;  ///< a packet with commits may still be listed (`--include-started`)
};

/// One prerequisite a packet still waits for.
struct ReadinessWait {
    std::string id;
    bool is_checkpoint = false;
    std::string state;  ///< the prerequisite's state: "in progress", "pending", "failed", …
};

/// Whether one packet may start now, and if not why.
struct PacketReadiness {
    std::string packet;
    bool ready = false;
    bool started = false;  ///< it has commits
    PacketState state = PacketState::pending;
    std::vector<ReadinessWait> waiting_on;  ///< hard prerequisites not done, blocking checkpoints not passed
    std::string reason;  ///< one line: "ready", "status: paused in the inventory", "waits on b (in progress)"
};

/// Answers for packet `id` of `progress` (compute_progress over the
/// inventory). Throws UsageError for an unknown packet.
PacketReadiness readiness(const ProgressReport& progress, const std::string& id, const ReadinessOptions& options = {});

/// The progress report readiness needs, read now from `repository`
/// (`base` "" = the inventory's base; no rework window, so no line diffs are read):
/// `readiness(read_progress_now(repo, inventory, ""), "batch-2")` is all a verb needs.
ProgressReport read_progress_now(const Repository& repository, const Inventory& inventory, const std::string& base);

}  // namespace tollgate
