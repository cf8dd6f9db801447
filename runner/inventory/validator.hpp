#pragma once

// The checks of `tollgate validate` that need no git (DESIGN §4): ids,
// references, cycles, thresholds, metric patterns, trigger metrics, docs and
// zone patterns. Zone checks over `git ls-files` live with the git area.

#include "runner/core/diagnostic.hpp"
#include "runner/inventory/model.hpp"

#include <string_view>

namespace tollgate {

/// True for ids of the form [A-Za-z0-9][A-Za-z0-9._-]*.
bool is_valid_id(std::string_view id);

/// Reports every problem of a loaded inventory; never throws for bad input.
void validate_inventory(const Inventory& inventory, Diagnostics& diagnostics);

}  // namespace tollgate
