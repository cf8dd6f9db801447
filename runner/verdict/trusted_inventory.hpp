#pragma once

// `check --trusted-inventory base` (DESIGN §5.9): the inventory and its
// includes are read from the base commit's tree, so a change cannot weaken
// the gates it is judged by. Relative paths (gate `cwd`, reports, docs)
// still resolve in the work tree, where the change's gates run. Include
// globs go through the one expander the work tree uses
// (inventory/include_expander), over the commit's file listing.

#include "runner/git/repository.hpp"
#include "runner/inventory/model.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace tollgate {

/// Loads `inventory_path` (a file in the work tree of `repository`) as
/// commit `commit` has it, with its includes expanded over that commit's
/// tree, then validates it. Throws UsageError when the commit has no such
/// file, InventoryError on errors.
Inventory load_trusted_inventory(const Repository& repository, const std::string& commit,
                                 const std::filesystem::path& inventory_path);

}  // namespace tollgate
