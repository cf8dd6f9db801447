#pragma once

#include "runner/cli/global_options.hpp"
#include "runner/inventory/model.hpp"

namespace tollgate {

/// Locates and loads the inventory named by the global options (throws on errors).
Inventory load_workspace_inventory(const GlobalOptions& global);

}  // namespace tollgate
