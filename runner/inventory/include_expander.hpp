#pragma once

// The one expander of `include:` globs. It is a pure function over a
// directory listing, so the work tree and a trusted commit's tree
// (`check --trusted-inventory base`) give the same files for the same glob.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace tollgate {

/// What a listed name is. A symbolic link to a file counts as a file; one to
/// a folder is a `linked_directory`, which literal segments enter but
/// wildcards and `**` do not (no loops).
enum class EntryKind { file, directory, linked_directory, other };

/// One name in a folder.
struct ListedEntry {
    std::string name;
    EntryKind kind = EntryKind::other;
};

/// The entries of folder `dir`, written as the glob's segments lead there
/// ('/'-separated, "" for the root, "/" for an absolute glob's root); an
/// empty list when there is no such folder.
using DirectoryListing = std::function<std::vector<ListedEntry>(const std::string& dir)>;

/// Paths matching the include glob `glob` under `list`'s root, as written
/// ("packets/a.yml"), lexically normal, sorted and unique. Within a segment
/// `*`, `?` and `[...]` match as in the shell, never a leading '.' unless the
/// pattern writes it. A `**` segment matches any number of folders, hidden
/// ones (".github") included, as git's `:(glob)` pathspecs and .gitignore
/// patterns do; a trailing `**` means every file below them whose name does
/// not start with '.'. `.git` is never entered by a wildcard or `**`.
std::vector<std::filesystem::path> expand_include_glob(const std::string& glob, const DirectoryListing& list);

/// The listing of the real file system under `root_dir`.
DirectoryListing work_tree_listing(const std::filesystem::path& root_dir);

/// The listing of a flat list of file paths ('/'-separated, relative to the
/// root, e.g. a commit's tree); paths outside the root are not in it.
DirectoryListing file_list_listing(const std::vector<std::string>& files);

/// expand_include_glob over work_tree_listing(root_dir).
std::vector<std::filesystem::path> expand_include_glob(const std::filesystem::path& root_dir, const std::string& glob);

}  // namespace tollgate
