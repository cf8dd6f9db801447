#pragma once

#include "runner/core/diagnostic.hpp"
#include "runner/inventory/model.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace tollgate {

/// Inventories larger than this are refused before parsing (a plan is small;
/// a huge file is a mistake or an attack).
inline constexpr std::size_t max_inventory_bytes = 8u << 20;

/// Finds the inventory: `explicit_path` if given (relative to `dir`), else
/// tollgate.yml or .tollgate.yml in `dir` or the enclosing repository root.
/// Throws UsageError when none exists.
std::filesystem::path locate_inventory(const std::filesystem::path& dir, const std::string& explicit_path);

/// Reads a file's bytes for the loader; tests and the trusted-inventory mode
/// (reading from a commit) substitute their own.
struct InventorySource {
    /// Returns the text of `path`, or nullopt if it does not exist.
    std::function<std::optional<std::string>(const std::filesystem::path&)> read;
    /// Lists the files matching an include glob relative to the root dir, sorted.
    std::function<std::vector<std::filesystem::path>(const std::string& glob)> expand;
    /// Optional: the size of `path` in bytes, so oversized files are refused
    /// before they are read; nullopt when unknown.
    std::function<std::optional<std::uintmax_t>(const std::filesystem::path&)> size;
    /// Optional: false for an include that lies outside the repository (after
    /// `..` and symbolic links), which is then refused; unset = no such rule.
    std::function<bool(const std::filesystem::path&)> inside;
    /// What `inside` keeps to, for messages.
    std::string boundary;
};

/// An InventorySource over the real file system rooted at `root_dir`. With
/// `confine` (the default; --allow-outside-repo turns it off), includes must
/// stay inside containment_root(root_dir) (path_guard.hpp).
InventorySource filesystem_source(const std::filesystem::path& root_dir, bool confine = true);

/// Loads `path` and its includes. All problems land in `diagnostics`; the
/// returned inventory holds what could be read (check has_errors()).
Inventory load_inventory(const std::filesystem::path& path, const InventorySource& source, Diagnostics& diagnostics);

/// load_inventory, then validate_inventory (validator.hpp) unless a file could
/// not be parsed at all: checking references against a half-read inventory
/// would bury the real error under "unknown id" noise (a note says so).
Inventory load_and_validate_inventory(const std::filesystem::path& path, const InventorySource& source,
                                      Diagnostics& diagnostics);

/// Loads and validates from the file system; throws InventoryError on any
/// error (warnings alone do not throw). `confine` as for filesystem_source.
Inventory load_inventory_or_throw(const std::filesystem::path& path, bool confine = true);

/// The `base:` of the inventory file at `path` alone, read without its
/// includes and without validation ("" when it has none): the hint
/// `check --trusted-inventory base` measures with before it reads the
/// trusted file. nullopt when the file is missing or does not parse.
std::optional<std::string> read_base_hint(const std::filesystem::path& path);

/// How diagnostics name a file: relative to the current directory when it is
/// inside it, else as given.
std::string display_path(const std::filesystem::path& path);

}  // namespace tollgate
