#pragma once

#include "runner/conflicts/conflicts_result.hpp"
#include "runner/git/repository.hpp"
#include "runner/inventory/model.hpp"
#include "runner/zones/zone_map.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// Which branches `conflicts` compares, against what.
struct ConflictScanOptions {
    /// --branches globs over branch names; empty = every packet's `branches`.
    std::vector<std::string> branch_globs;
    std::string base;  ///< --base REF; empty = the inventory's base branch
    /// Threads for the in-memory merges; 0 = one per core.
    unsigned jobs = 0;
};

/// Finds the in-flight branches (local and remote-tracking, one per name,
/// those of done or dropped packets left out), diffs each once against its
/// merge base with the base branch, and for every pair whose changed files
/// overlap runs an in-memory merge of the two tips to list the files git
/// would leave conflicted. Pairs without overlap cannot conflict textually
/// and are not merged. Nothing is written to the repository.
ConflictsResult scan_conflicts(const Repository& repository, const Inventory& inventory, const ZoneMap& zones,
                               const ConflictScanOptions& options);

}  // namespace tollgate
