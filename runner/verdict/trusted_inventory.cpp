#include "runner/verdict/trusted_inventory.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/commit_files.hpp"
#include "runner/inventory/include_expander.hpp"
#include "runner/inventory/loader.hpp"

#include <memory>

namespace tollgate {

namespace {

namespace fs = std::filesystem;

// `path` relative to `root`, '/'-separated; "" when outside it.
std::string relative_to(const fs::path& path, const fs::path& root) {
    const fs::path rel = path.lexically_normal().lexically_relative(root.lexically_normal());
    std::string text = rel.generic_string();
    if (rel.empty() || text == "." || text.rfind("..", 0) == 0) return "";
    return text;
}

}  // namespace

Inventory load_trusted_inventory(const Repository& repository, const std::string& commit,
                                 const fs::path& inventory_path) {
    const fs::path workdir = repository.workdir();
    const fs::path absolute = fs::absolute(inventory_path).lexically_normal();
    const std::string rel = relative_to(absolute, workdir);
    if (rel.empty()) {
        throw UsageError("--trusted-inventory base: the inventory " + printable(absolute.string()) +
                         " is not inside the repository " + printable(workdir.string()));
    }
    auto files = std::make_shared<CommitFiles>(repository, commit);
    if (!files->read(rel)) {
        throw UsageError(
            "--trusted-inventory base: the base commit " + files->commit().substr(0, 12) + " has no " + printable(rel),
            "add the inventory on the base branch first, or drop --trusted-inventory");
    }
    const fs::path root_dir = absolute.parent_path();
    const std::string root_rel = relative_to(root_dir, workdir);
    InventorySource source;
    source.read = [files, workdir](const fs::path& p) { return files->read(relative_to(fs::absolute(p), workdir)); };
    source.size = [files, workdir](const fs::path& p) { return files->size(relative_to(fs::absolute(p), workdir)); };
    // The tree is listed once, on the first include, for every glob.
    auto listing = std::make_shared<DirectoryListing>();
    source.expand = [files, root_rel, listing](const std::string& glob) {
        if (!*listing) {
            const std::string prefix = root_rel.empty() ? "" : root_rel + "/";
            std::vector<std::string> inside;
            for (const auto& path : files->paths()) {
                if (path.compare(0, prefix.size(), prefix) == 0) inside.push_back(path.substr(prefix.size()));
            }
            *listing = file_list_listing(inside);
        }
        return expand_include_glob(glob, *listing);
    };
    Diagnostics diagnostics;
    Inventory inventory = load_and_validate_inventory(absolute, source, diagnostics);
    if (diagnostics.has_errors()) throw InventoryError(std::move(diagnostics));
    return inventory;
}

}  // namespace tollgate
