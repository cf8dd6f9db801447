#include "runner/cli/workspace.hpp"

#include "runner/inventory/loader.hpp"

#include <filesystem>

namespace tollgate {

Inventory load_workspace_inventory(const GlobalOptions& global) {
    // run_cli has already applied -C, so the current directory is the workspace.
    const auto path = locate_inventory(std::filesystem::current_path(), global.inventory);
    return load_inventory_or_throw(path);
}

}  // namespace tollgate
