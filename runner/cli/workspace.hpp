#pragma once

#include "runner/cli/global_options.hpp"
#include "runner/inventory/model.hpp"

#include <string>
#include <string_view>

namespace tollgate {

/// Locates and loads the inventory named by the global options (throws on errors).
Inventory load_workspace_inventory(const GlobalOptions& global);

/// Refuses (UsageError) a report directory written inside the repository of
/// the current directory that leads out of it through a symbolic link,
/// unless --allow-outside-repo was given; one written outside is the command
/// line's choice and allowed. `flag` names the option in the message. A
/// no-op for an empty `report_dir`.
void check_report_dir(const GlobalOptions& global, const std::string& report_dir, std::string_view flag);
/// What a run is of: HEAD's commit ("" outside a repository) and a digest of
/// the inventory files; results.json records both so shards can be matched.
struct RunIdentity {
    std::string commit;
    std::string inventory_digest;
};
RunIdentity workspace_identity(const Inventory& inventory);

/// The running tollgate binary's path (/proc/self/exe), or "" when unknown.
std::string own_executable_path();

}  // namespace tollgate
