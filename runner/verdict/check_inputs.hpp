#pragma once

// What `tollgate check` reads, read once: the repository, the inventory it
// trusts, the zone map compiled from it, and the change. Every step of the
// check and every coverage gate shares this one copy (DESIGN §4 `check`,
// §5.9 for --trusted-inventory base).

#include "runner/git/change_reader.hpp"
#include "runner/git/repository.hpp"
#include "runner/inventory/model.hpp"
#include "runner/zones/zone_map.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tollgate {

struct CheckRequest;

/// The reads a check makes of git and the file system, behind one seam so
/// a test can count or replace them. Each call reads afresh.
class CheckSources {
public:
    virtual ~CheckSources() = default;
    /// Opens the repository holding `workspace`.
    [[nodiscard]] virtual Repository open_repository(const std::filesystem::path& workspace) const;
    /// The work tree's inventory, loaded and validated (throws InventoryError).
    [[nodiscard]] virtual Inventory load_inventory(const std::filesystem::path& file) const;
    /// `file` as `commit` has it, includes from that commit's tree (throws like load_inventory).
    [[nodiscard]] virtual Inventory load_trusted_inventory(const Repository& repository, const std::string& commit,
                                                           const std::filesystem::path& file) const;
    /// The work tree file's `base:` alone; nullopt when it does not parse (read_base_hint).
    [[nodiscard]] virtual std::optional<std::string> base_hint(const std::filesystem::path& file) const;
    /// The change itself: a tree diff with renames (read_change).
    [[nodiscard]] virtual ChangeSet read_change(const Repository& repository, const ChangeRequest& request) const;
};

/// Everything the steps of a check read. Built once by load_check_inputs,
/// then only read; the inventory and zone map keep their addresses when the
/// inputs move, because the zone map and the coverage gates point into them.
struct CheckInputs {
    Repository repository;
    std::unique_ptr<const Inventory> inventory;
    std::unique_ptr<const ZoneMap> zones;  ///< compiled from *inventory, once
    ChangeSet change;                      ///< with line data where a verdict or patch coverage needs it
    std::string inventory_from;            ///< "working tree" or "base commit 3f2c1d0a… (--trusted-inventory base)"
};

/// Opens the repository at `request.workspace`, loads the inventory the
/// request trusts and reads the change against it: one inventory load and one
/// tree diff, except when the base commit's inventory names another base
/// branch than the work tree's, which is measured again against that one.
CheckInputs load_check_inputs(const CheckRequest& request, const CheckSources& sources);

}  // namespace tollgate
