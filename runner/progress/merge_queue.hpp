#pragma once

// `tollgate ready --merge`: the in-flight packet branches, whether each may
// merge now, the conflicts predicted with the others, and a merge order
// (issue #18). Pure over the inventory, `conflicts`' scan and one verdict per
// branch (`check`'s rules without gates, runner/verdict/merge_readiness);
// the renderers are in runner/report/merge_queue_*.

#include "runner/conflicts/conflicts_result.hpp"
#include "runner/inventory/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// What `check` (no gates) says of one branch.
struct MergeVerdict {
    bool may_merge = false;
    std::vector<std::string> reasons;   ///< check's failures: ownership, dependencies, checkpoints
    std::vector<std::string> warnings;  ///< check's warnings (soft dependencies, overdue checkpoints)
};

/// A predicted conflict between a branch and another in-flight one.
struct MergeConflict {
    std::string branch;              ///< the other branch
    bool other_may_merge = false;    ///< whether the other branch may merge now too
    bool blocking = false;           ///< a conflicted file lies in an exclusive zone
    std::vector<std::string> files;  ///< files an in-memory merge leaves conflicted
};

/// One in-flight branch.
struct MergeBranch {
    std::string name;  ///< as shown, e.g. "packet/a" or "origin/packet/a"
    std::string ref;
    std::string packet;  ///< "" when no packet's globs match
    std::string commit;
    std::string merge_base;
    MergeVerdict verdict;
    std::vector<MergeConflict> conflicts;  ///< with the other in-flight branches, by name
    /// In-flight branches of the packets it depends on (`after`, `prefer_after`,
    /// directly or through a checkpoint): they merge first.
    std::vector<std::string> after_branches;
    std::optional<int> position;  ///< 1-based place in the merge order; nullopt when it may not merge
};

/// The merge list.
struct MergeQueue {
    int version = 1;
    std::string project;
    std::string base_ref;
    std::string base_commit;
    std::vector<MergeBranch> branches;  ///< merge order first, then those that may not merge, by name
    std::vector<SkippedBranch> skipped;
    std::vector<std::string> notes;
    /// Branches that may merge now.
    [[nodiscard]] std::size_t mergeable() const;
};

/// Builds the list from `conflicts` (scan_conflicts) and `verdicts`, one per
/// `conflicts.branches` entry in the same order. The merge order holds the
/// branches that may merge: a branch after the branches of packets it depends
/// on; among those free to go, first those that conflict with no other
/// mergeable branch, then by fewer such conflicts, then by name.
MergeQueue compute_merge_queue(const Inventory& inventory, const ConflictsResult& conflicts,
                               const std::vector<MergeVerdict>& verdicts);

}  // namespace tollgate
