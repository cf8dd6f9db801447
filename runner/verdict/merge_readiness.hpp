#pragma once

// Which in-flight packet branches may merge now (`tollgate ready --merge`):
// `conflicts`' branches and predicted conflicts, and for each branch the
// verdict `check --dry-run --head BRANCH` gives (ownership, dependencies,
// checkpoints; judge_without_gates), over the range from its merge base with
// the base branch to its tip. The ordering is progress/merge_queue's.

#include "runner/git/repository.hpp"
#include "runner/inventory/model.hpp"
#include "runner/progress/merge_queue.hpp"

#include <filesystem>
#include <string>

namespace tollgate {

/// Where the merge list is read from.
struct MergeQueueRequest {
    std::filesystem::path workspace;  ///< the repository is the one holding it
    std::filesystem::path inventory;  ///< the located inventory file (work tree)
    std::string base;                 ///< --base REF; "" = the inventory's base branch
};

/// Scans the in-flight branches, judges each as `check` would without gates,
/// and orders them (compute_merge_queue). `inventory` is the one loaded from
/// `request.inventory`; each branch's check reuses it instead of reloading.
MergeQueue read_merge_queue(const Repository& repository, const Inventory& inventory, const MergeQueueRequest& request);

}  // namespace tollgate
