#include "runner/cli/workspace.hpp"

#include "runner/core/path_guard.hpp"
#include "runner/git/object_id.hpp"
#include "runner/git/repository.hpp"
#include "runner/inventory/loader.hpp"

#include <filesystem>

namespace tollgate {

Inventory load_workspace_inventory(const GlobalOptions& global) {
    // run_cli has already applied -C, so the current directory is the workspace.
    const auto path = locate_inventory(std::filesystem::current_path(), global.inventory);
    return load_inventory_or_throw(path, !global.allow_outside_repo);
}

void check_report_dir(const GlobalOptions& global, const std::string& report_dir, std::string_view flag) {
    if (report_dir.empty() || global.allow_outside_repo) return;
    // The command line is trusted to name any directory ($RUNNER_TEMP, …);
    // what it cannot see is a link a change committed inside the repository.
    const auto root = containment_root(std::filesystem::current_path());
    if (!is_spelled_within(report_dir, root)) return;
    require_within(report_dir, root, flag);
}

RunIdentity workspace_identity(const Inventory& inventory) {
    RunIdentity id;
    const auto dir =
        inventory.root_dir.empty() ? std::filesystem::current_path() : std::filesystem::path(inventory.root_dir);
    if (const auto repository = Repository::try_discover(dir)) id.commit = head_commit_id(*repository);
    if (!inventory.files.empty()) id.inventory_digest = inventory_digest(inventory.files);
    return id;
}

std::string own_executable_path() {
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : self.string();
}

}  // namespace tollgate
