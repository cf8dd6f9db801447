#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace tollgate {

/// Files matching the include glob `glob` relative to `root_dir`, returned
/// relative to it (as written: "packets/a.yml"), sorted and unique. Within a
/// path segment `*`, `?` and `[...]` match as in the shell (not a leading
/// '.'); a `**` segment matches any number of directories. `.git` is skipped
/// and symbolic links to directories are not followed (no loops).
std::vector<std::filesystem::path> expand_include_glob(const std::filesystem::path& root_dir,
                                                       const std::string& glob);

}  // namespace tollgate
