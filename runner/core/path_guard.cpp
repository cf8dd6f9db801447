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
