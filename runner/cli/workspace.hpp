#pragma once

#include "runner/cli/global_options.hpp"
#include "runner/inventory/model.hpp"

namespace tollgate {

/// Locates and loads the inventory named by the global options (throws on errors).
Inventory load_workspace_inventory(const GlobalOptions& global);

/// What a run is of: HEAD's commit ("" outside a repository) and a digest of
/// the inventory files; results.json records both so shards can be matched.
struct RunIdentity {
    std::string commit;
    std::string inventory_digest;
};
RunIdentity workspace_identity(const Inventory& inventory);

}  // namespace tollgate
