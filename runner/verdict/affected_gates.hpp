#pragma once

// Which gates a change runs (DESIGN §5.5): its packet's gates, the gates of
// the checkpoints evaluated in this check, and every gate whose `changed`
// globs (CODEOWNERS semantics, like zone paths) match a changed path — each
// with the reasons it was picked. Pure.

#include "runner/verdict/check_result.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// The gates picked, in inventory order, with why.
struct AffectedGates {
    std::vector<std::string> ids;
    std::vector<GateReason> reasons;  ///< one per id, same order
};

/// Picks the gates. A gate picked only for `blocker: false` checkpoints is
/// advisory (its failure warns). Gates of checkpoints not `evaluated` are
/// not picked. A gate `changed` glob that does not compile matches nothing
/// (validate reports it).
AffectedGates affected_gates(const Inventory& inventory, const std::string& packet,
                             const std::vector<CheckpointFinding>& checkpoints,
                             const std::vector<ChangedFile>& changed);

}  // namespace tollgate
