#include "runner/inventory/include_expander.hpp"

#include "runner/core/text.hpp"

#include <algorithm>
#include <fnmatch.h>

namespace tollgate {

namespace fs = std::filesystem;

namespace {

bool has_magic(const std::string& segment) {
    return segment.find_first_of("*?[") != std::string::npos;
}

bool is_real_directory(const fs::path& p) {
    std::error_code ec;
    return fs::symlink_status(p, ec).type() == fs::file_type::directory;
}

bool is_file(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

bool is_dir(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

void sort_unique(std::vector<fs::path>& paths) {
    for (auto& p : paths) p = p.lexically_normal();
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
}

// `dir` and every directory below it, relative like `dir`.
void add_descendants(const fs::path& root, const fs::path& dir, std::vector<fs::path>& out) {
    out.push_back(dir);
    std::error_code ec;
    for (fs::directory_iterator it(root / dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name == ".git" || !is_real_directory(it->path())) continue;
        add_descendants(root, dir / name, out);
    }
}

std::vector<fs::path> entries_matching(const fs::path& root, const fs::path& dir,
                                       const std::string& pattern, bool want_dirs) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(root / dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name == ".git" || fnmatch(pattern.c_str(), name.c_str(), FNM_PERIOD) != 0) continue;
        if (want_dirs ? is_real_directory(it->path()) : is_file(it->path())) out.push_back(dir / name);
    }
    return out;
}

}  // namespace

std::vector<fs::path> expand_include_glob(const fs::path& root_dir, const std::string& glob) {
    std::vector<std::string> segments;
    for (auto& s : split(glob, '/'))
        if (!s.empty()) segments.push_back(std::move(s));
    std::vector<fs::path> current = {glob.starts_with("/") ? fs::path("/") : fs::path()};
    for (std::size_t i = 0; i < segments.size() && !current.empty(); ++i) {
        const std::string& seg = segments[i];
        const bool last = i + 1 == segments.size();
        std::vector<fs::path> next;
        for (const auto& dir : current) {
            if (seg == "**") {
                if (last) {
                    // A trailing "**" means every file below, as in .gitignore.
                    std::vector<fs::path> dirs;
                    add_descendants(root_dir, dir, dirs);
                    for (const auto& d : dirs) {
                        auto files = entries_matching(root_dir, d, "*", false);
                        next.insert(next.end(), files.begin(), files.end());
                    }
                } else {
                    add_descendants(root_dir, dir, next);
                }
            } else if (!has_magic(seg)) {
                const fs::path candidate = dir / seg;
                if (last ? is_file(root_dir / candidate) : is_dir(root_dir / candidate))
                    next.push_back(candidate);
            } else {
                auto found = entries_matching(root_dir, dir, seg, !last);
                next.insert(next.end(), found.begin(), found.end());
            }
        }
        // Deduplicating each step keeps "**/**/…" from multiplying paths.
        sort_unique(next);
        current = std::move(next);
    }
    if (segments.empty()) return {};
    return current;
}

}  // namespace tollgate
