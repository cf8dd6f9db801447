#pragma once

// A packet may merge only when each `after` packet is done and each `after`
// checkpoint has passed (DESIGN §5.4); `prefer-after` only orders the plan.
// Pure: completion and checkpoint findings come in.

#include "runner/verdict/check_result.hpp"
#include "runner/verdict/packet_completion.hpp"

#include <vector>

namespace tollgate {

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
