#pragma once

#include "runner/git/change_set.hpp"
#include "runner/inventory/model.hpp"
#include "runner/zones/zone_map.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// The ownership verdict for one changed path (DESIGN §4 `changed[]`).
struct PathVerdict {
    std::string path;
    std::string old_path;
    ChangeStatus status = ChangeStatus::modified;
    std::string zone;                 ///< empty when unzoned
    std::vector<std::string> owners;  ///< packet ids
    std::string rule;                 ///< "exclusive" … or "" when unzoned
    bool allowed = true;              ///< verdict: allowed or violation
    std::string reason;               ///< one line a person can act on, with pattern file:line
    std::string pattern;              ///< the winning pattern as written; "" when unzoned
    SourceLocation pattern_where;
};

/// Inputs besides the change that rules depend on.
struct OwnershipOptions {
    std::string packet;             ///< packet of the change; empty = nobody
    std::vector<std::string> acks;  ///< --ack: owners coordinated with
};

/// Judges every changed path (both sides of renames) against the zones
/// (DESIGN §5.2), one verdict per changed file in change order.
///
/// A rename is judged on both paths and is a violation if either side is;
/// the verdict's zone fields then describe the violating side. A copy leaves
/// its source untouched, so only its new path is judged. `extend` allows
/// additions (a copy counts as one), and modifications that remove no line
/// (line data required); deletions, renames, type changes and binary edits
/// are not extensions.
/// `coordinate` is satisfied by a `Coordinated-With:` trailer (key in any
/// case; the value may list several ids separated by commas or spaces) on any
/// commit of the change, or an --ack, naming ANY ONE owner of the zone: each
/// owner can speak for a jointly owned zone, as any listed code owner can
/// approve in CODEOWNERS. A change without a packet may touch only `shared`
/// zones and unzoned paths. Paths are escaped with printable() in reasons.
std::vector<PathVerdict> judge_ownership(const Inventory& inventory, const ZoneMap& zones, const ChangeSet& change,
                                         const OwnershipOptions& options);

/// True when judge_ownership's verdict on `f` may depend on its line data:
/// an addition, copy or modification whose path is in an `extend` zone.
/// Deletions, renames and type changes there are never extensions, and
/// other rules ignore lines, so read_change can skip their blobs.
bool verdict_needs_lines(const ZoneMap& zones, const ChangedFile& f);

}  // namespace tollgate
