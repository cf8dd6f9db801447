#pragma once

// Checkpoint status for `check` (DESIGN §4 `checkpoints[]`, §5.4): which
// checkpoints a change involves, whether their prerequisites are complete,
// whether they are overdue, and — once their gates ran — passed or failed.
// Pure: packet completion and "today" come in as inputs.

#include "runner/core/civil_date.hpp"
#include "runner/inventory/model.hpp"
#include "runner/packets/packet_completion.hpp"
#include "runner/schedule/run_result.hpp"

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace tollgate {

/// DESIGN §4 `checkpoints[].status`.
enum class CheckpointStatus { passed, failed, pending, overdue };

/// Why a checkpoint is part of this check.
enum class CheckpointRole {
    prerequisite,  ///< in the packet's `after`: must have passed
    completes,     ///< lists the change's packet in its `after`: this change completes it
    requested,     ///< named with --checkpoint
};

/// One checkpoint's status in this check.
struct CheckpointFinding {
    std::string id;
    std::string title;
    CheckpointStatus status = CheckpointStatus::pending;
    bool blocker = true;
    CheckpointRole role = CheckpointRole::requested;
    bool forced = false;           ///< evaluated early with --force
    bool evaluated = false;        ///< its gates were part of the run
    std::optional<CivilDate> due;  ///< when known
    std::string reason;            ///< one line
};

/// "passed", "failed", "pending", "overdue".
std::string to_string(CheckpointStatus status);
/// "prerequisite", "completes", "requested".
std::string to_string(CheckpointRole role);

/// What checkpoint evaluation depends on besides the inventory.
struct CheckpointContext {
    const Inventory& inventory;
    CompletionLookup completion;
    std::string change_packet;       ///< complete for the checkpoints this change completes
    std::optional<CivilDate> today;  ///< nullopt: nothing is overdue
    std::set<std::string> forced;    ///< --force: evaluate these even when not ready
};

/// The calendar day a checkpoint is due: its date, or `start` + (day − 1)
/// (day 1 is the start date); nullopt without `due`, or a day without `start`.
std::optional<CivilDate> due_date_of(const Inventory& inventory, const Checkpoint& checkpoint);

/// The checkpoints a change by `packet` involves, in inventory order, each
/// once: those in the packet's `after` (prerequisite), those whose `after`
/// lists the packet (completes), and `requested` ones (--checkpoint).
/// Throws UsageError for an unknown requested id.
std::vector<std::pair<const Checkpoint*, CheckpointRole>> checkpoints_in_play(
    const Inventory& inventory, const std::string& packet, const std::vector<std::string>& requested);

/// Status before any gate runs: pending/overdue when prerequisites are not
/// complete (and it is not forced), else marked `evaluated` (its gates run)
/// and pending until settle_checkpoint.
CheckpointFinding assess_checkpoint(const CheckpointContext& context, const Checkpoint& checkpoint,
                                    CheckpointRole role);

/// Passed or failed from the results of its gates; `run` null (--dry-run)
/// leaves it pending. Does nothing to a checkpoint that was not evaluated.
void settle_checkpoint(CheckpointFinding& finding, const Checkpoint& checkpoint, const RunResult* run);

}  // namespace tollgate
