#include "runner/core/path_guard.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"

namespace tollgate {

namespace fs = std::filesystem;

namespace {

// `path` made absolute with `..` and symbolic links resolved as far as it
// exists (weakly_canonical), or lexically when even that fails.
fs::path resolved(const fs::path& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    if (ec) return path.lexically_normal();
    fs::path real = fs::weakly_canonical(absolute, ec);
    if (ec) return absolute.lexically_normal();
    return real;
}

// True when `path` is spelled below `root` with no `.` or `..` and no part
// of it below `root` is a symbolic link: then it resolves to itself, and as
// `root` is resolved already, it is inside without resolving it. That costs
// one lstat per part below the root instead of a readlink per part of the
// whole path: includes are checked on every load, `zones --packet` included.
bool is_plainly_within(const fs::path& path, const fs::path& root) {
    if (!path.is_absolute()) return false;
    const fs::path rel = path.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") return false;
    fs::path walk = root;
    for (const auto& part : rel) {
        if (part.empty()) continue;  // a trailing separator
        if (part == "." || part == "..") return false;
        walk /= part;
        std::error_code ec;
        const auto status = fs::symlink_status(walk, ec);
        if (ec || fs::is_symlink(status)) return false;
    }
    return true;
}

}  // namespace

fs::path containment_root(const fs::path& dir) {
    fs::path start = resolved(dir);
    std::error_code ec;
    for (fs::path d = start;; d = d.parent_path()) {
        if (fs::exists(d / ".git", ec)) return d;
        if (d == d.parent_path()) break;
    }
    return start;
}

bool is_within(const fs::path& path, const fs::path& root) {
    if (is_plainly_within(path, root)) return true;
    const fs::path rel = resolved(path).lexically_relative(root);
    return !rel.empty() && *rel.begin() != "..";
}

bool is_spelled_within(const fs::path& path, const fs::path& root) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    const fs::path rel = (ec ? path : absolute).lexically_normal().lexically_relative(root);
    return !rel.empty() && *rel.begin() != "..";
}

void require_within(const fs::path& path, const fs::path& root, std::string_view what) {
    if (is_within(path, root)) return;
    throw UsageError(std::string(what) + " '" + printable(path.string()) + "' resolves to '" +
                         printable(resolved(path).string()) + "', outside the repository '" + printable(root.string()) +
                         "'",
                     "keep it inside the repository, or pass --allow-outside-repo if that is meant");
}

}  // namespace tollgate
