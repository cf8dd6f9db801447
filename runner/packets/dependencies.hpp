#pragma once

// A packet may merge only when each `after` packet is done and each `after`
// checkpoint has passed (DESIGN §5.4); `prefer-after` only orders the plan.
// Pure: completion and checkpoint findings come in.

#include "runner/packets/checkpoints.hpp"
#include "runner/packets/packet_completion.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// One `after` item of the change's packet.
struct DependencyFinding {
    std::string id;
    bool is_checkpoint = false;
    bool satisfied = false;
    bool blocking = true;  ///< unsatisfied fails the check (else warns)
    std::string reason;    ///< one line: what is missing, or why it is satisfied
};

/// One finding per `after` item of `packet`, in written order. A packet
/// prerequisite is satisfied when complete; a checkpoint one when its
/// finding (role prerequisite, from `checkpoints`) has passed, and only a
/// `blocker: true` checkpoint blocks — `false` warns. Reasons read
/// "batch-3a may not merge before batch-2 is done: 2 commits on
/// packet/batch-2 are not on main".
std::vector<DependencyFinding> judge_dependencies(const Inventory& inventory, const Packet& packet,
                                                  const CompletionLookup& completion,
                                                  const std::vector<CheckpointFinding>& checkpoints);

}  // namespace tollgate
