#include "runner/inventory/include_expander.hpp"

#include "runner/core/text.hpp"

#include <algorithm>
#include <fnmatch.h>
#include <map>
#include <memory>

namespace tollgate {

namespace fs = std::filesystem;

namespace {

bool has_magic(const std::string& segment) {
    return segment.find_first_of("*?[") != std::string::npos;
}

void sort_unique(std::vector<fs::path>& paths) {
    for (auto& p : paths) p = p.lexically_normal();
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
}

// The listing's key for the folder `dir` as the expansion reached it.
std::string key_of(const fs::path& dir) {
    return dir.generic_string();
}

// `dir` and every real folder below it except `.git`, relative like `dir`.
void add_descendants(const DirectoryListing& list, const fs::path& dir, std::vector<fs::path>& out) {
    out.push_back(dir);
    for (const auto& e : list(key_of(dir))) {
        if (e.kind == EntryKind::directory && e.name != ".git") add_descendants(list, dir / e.name, out);
    }
}

std::vector<fs::path> entries_matching(const DirectoryListing& list, const fs::path& dir, const std::string& pattern,
                                       bool want_dirs) {
    std::vector<fs::path> out;
    for (const auto& e : list(key_of(dir))) {
        if (e.name == ".git" || fnmatch(pattern.c_str(), e.name.c_str(), FNM_PERIOD) != 0) continue;
        if (want_dirs ? e.kind == EntryKind::directory : e.kind == EntryKind::file) out.push_back(dir / e.name);
    }
    return out;
}

// A literal segment: a file when it is the last, else a folder (linked ones
// too); "." and ".." are folders wherever they lead.
bool literal_exists(const DirectoryListing& list, const fs::path& dir, const std::string& name, bool last) {
    if (name == "." || name == "..") return !last;
    for (const auto& e : list(key_of(dir))) {
        if (e.name != name) continue;
        return last ? e.kind == EntryKind::file
                    : e.kind == EntryKind::directory || e.kind == EntryKind::linked_directory;
    }
    return false;
}

EntryKind kind_of(const fs::directory_entry& entry) {
    std::error_code ec;
    const auto own = entry.symlink_status(ec).type();
    if (own == fs::file_type::directory) return EntryKind::directory;
    const auto target = entry.status(ec).type();
    if (target == fs::file_type::regular) return EntryKind::file;
    if (own == fs::file_type::symlink && target == fs::file_type::directory) return EntryKind::linked_directory;
    return EntryKind::other;
}

}  // namespace

std::vector<fs::path> expand_include_glob(const std::string& glob, const DirectoryListing& list) {
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
                    add_descendants(list, dir, dirs);
                    for (const auto& d : dirs) {
                        auto files = entries_matching(list, d, "*", false);
                        next.insert(next.end(), files.begin(), files.end());
                    }
                } else {
                    add_descendants(list, dir, next);
                }
            } else if (!has_magic(seg)) {
                if (literal_exists(list, dir, seg, last)) next.push_back(dir / seg);
            } else {
                auto found = entries_matching(list, dir, seg, !last);
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

DirectoryListing work_tree_listing(const fs::path& root_dir) {
    return [root_dir](const std::string& dir) {
        std::vector<ListedEntry> out;
        std::error_code ec;
        for (fs::directory_iterator it(root_dir / dir, ec), end; !ec && it != end; it.increment(ec)) {
            out.push_back(ListedEntry{it->path().filename().string(), kind_of(*it)});
        }
        return out;
    };
}

DirectoryListing file_list_listing(const std::vector<std::string>& files) {
    // Folder → its entries, built once; a folder is listed once however many files it holds.
    auto folders = std::make_shared<std::map<std::string, std::map<std::string, EntryKind>>>();
    for (const auto& file : files) {
        std::string dir;
        std::size_t start = 0;
        for (;;) {
            const auto slash = file.find('/', start);
            if (slash == std::string::npos) {
                if (start < file.size()) (*folders)[dir][file.substr(start)] = EntryKind::file;
                break;
            }
            if (slash > start) {
                const std::string name = file.substr(start, slash - start);
                (*folders)[dir].emplace(name, EntryKind::directory);
                dir = dir.empty() ? name : dir + "/" + name;
            }
            start = slash + 1;
        }
    }
    return [folders](const std::string& dir) {
        std::vector<ListedEntry> out;
        const std::string key = fs::path(dir).lexically_normal().generic_string();
        const auto found = folders->find(key == "." ? std::string() : key);
        if (found == folders->end()) return out;
        for (const auto& [name, kind] : found->second) out.push_back(ListedEntry{name, kind});
        return out;
    };
}

std::vector<fs::path> expand_include_glob(const fs::path& root_dir, const std::string& glob) {
    return expand_include_glob(glob, work_tree_listing(root_dir));
}

}  // namespace tollgate
