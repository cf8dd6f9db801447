#pragma once

// Gathers GitFacts from a repository: base's whole history, the packet
// branches and their unmerged work, the recorded results in git notes, and
// the line diffs of base's first-parent commits inside the window.

#include "runner/git/repository.hpp"
#include "runner/inventory/model.hpp"
#include "runner/progress/progress.hpp"

#include <string>

namespace tollgate {

/// Reads the facts for `inventory`. `base_option` is --base ("" = the
/// inventory's base branch); `since` bounds the rework diffs.
GitFacts read_git_facts(const Repository& repository, const Inventory& inventory, const std::string& base_option,
                        long long since);

}  // namespace tollgate
