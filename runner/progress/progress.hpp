#pragma once

// Packet status, checkpoints and metrics from git facts and recorded
// results (issue #7). Pure: progress_reader gathers the facts from a
// repository; tests build them by hand or from scripted repositories.

#include "runner/git/commit_log.hpp"
#include "runner/git/packet_merge_state.hpp"
#include "runner/inventory/model.hpp"
#include "runner/progress/history.hpp"
#include "runner/progress/packet_history.hpp"
#include "runner/progress/progress_result.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace tollgate {

/// Everything the report reads from the repository.
struct GitFacts {
    std::string base_ref;
    std::string base_commit;
    std::vector<LoggedCommit> base_commits;  ///< reachable from base, tip first
    std::vector<BranchHistory> branches;     ///< packet branches other than base
    std::vector<CommitRecords> records;      ///< notes on base's history and on unmerged packet work
    /// Per inventory packet (same order): `check`'s answer to "is its work
    /// merged into base with none left unmerged" (runner/git/packet_merge_state),
    /// so both verbs call a packet done alike. Empty when not consulted.
    std::vector<PacketMergeState> merge_states;
    /// Zero-context diffs of base's first-parent commits inside the window (for rework).
    std::unordered_map<std::string, std::vector<FileHunks>> hunks;
};

/// When "now" is, and the window for trends.
struct ProgressOptions {
    CivilDate today;
    long long now = 0;    ///< seconds since the epoch
    long long since = 0;  ///< window start for trends and rework
    std::string since_text;
};

/// Computes the report. Status rules (docs/metrics.md): done = `status:
/// done`, or its work reached base with nothing left unmerged (check's
/// PacketMergeState, or a merge naming its branch / a `Packet:` trailer
/// found by attribute_commits when the branch is gone); paused and
/// dropped come from the inventory; blocked = not done and a blocking
/// checkpoint it waits on failed, or it has work while a hard prerequisite
/// is not done; in progress = has commits; pending = no commits yet.
ProgressReport compute_progress(const Inventory& inventory, const GitFacts& facts, const ProgressOptions& options);

/// The work that is left: `inventory` with every packet `report` calls done
/// marked `status: done`, so compute_plan schedules (and finds the critical
/// path of) only what remains. `report.packets` is in inventory order.
Inventory remaining_work(const Inventory& inventory, const ProgressReport& report);

}  // namespace tollgate
