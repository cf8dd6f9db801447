#include "runner/verdict/trusted_inventory.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/commit_files.hpp"
#include "runner/inventory/loader.hpp"

#include <fnmatch.h>

#include <memory>

namespace tollgate {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const auto slash = s.find('/', start);
        const auto end = slash == std::string::npos ? s.size() : slash;
        if (end > start) out.push_back(s.substr(start, end - start));
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return out;
}

bool match_from(const std::vector<std::string>& glob, std::size_t g, const std::vector<std::string>& path,
                std::size_t p) {
    if (g == glob.size()) return p == path.size();
    if (glob[g] == "**") {
        for (std::size_t skip = p; skip <= path.size(); ++skip) {
            if (skip > p && path[skip - 1].front() == '.') break;  // `**` does not enter hidden directories
            if (match_from(glob, g + 1, path, skip)) return true;
        }
        return false;
    }
    if (p == path.size()) return false;
    if (fnmatch(glob[g].c_str(), path[p].c_str(), FNM_PERIOD) != 0) return false;
    return match_from(glob, g + 1, path, p + 1);
}

// `path` relative to `root`, '/'-separated; "" when outside it.
std::string relative_to(const fs::path& path, const fs::path& root) {
    const fs::path rel = path.lexically_normal().lexically_relative(root.lexically_normal());
    const std::string text = rel.generic_string();
    if (rel.empty() || text == "." || text.rfind("..", 0) == 0) return "";
    return text;
}

}  // namespace

bool include_glob_matches(const std::string& glob, const std::string& path) {
    return match_from(split(glob), 0, split(path), 0);
}

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
        throw UsageError("--trusted-inventory base: the base commit " + files->commit().substr(0, 12) + " has no " +
                             printable(rel),
                         "add the inventory on the base branch first, or drop --trusted-inventory");
    }
    const fs::path root_dir = absolute.parent_path();
    const std::string root_rel = relative_to(root_dir, workdir);
    InventorySource source;
    source.read = [files, workdir](const fs::path& p) { return files->read(relative_to(fs::absolute(p), workdir)); };
    source.size = [files, workdir](const fs::path& p) { return files->size(relative_to(fs::absolute(p), workdir)); };
    source.expand = [files, root_rel](const std::string& glob) {
        std::vector<fs::path> out;
        const std::string prefix = root_rel.empty() ? "" : root_rel + "/";
        for (const auto& path : files->paths()) {
            if (path.compare(0, prefix.size(), prefix) != 0) continue;
            const std::string inner = path.substr(prefix.size());
            if (include_glob_matches(glob, inner)) out.emplace_back(inner);
        }
        return out;
    };
    Diagnostics diagnostics;
    Inventory inventory = load_and_validate_inventory(absolute, source, diagnostics);
    if (diagnostics.has_errors()) throw InventoryError(std::move(diagnostics));
    return inventory;
}

}  // namespace tollgate
