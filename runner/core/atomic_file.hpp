#pragma once

// Replacing a file so that a reader (or a killed run) never sees half of it:
// reports, hook scripts and anything else tollgate writes for others to read.

#include <filesystem>
#include <string>

namespace tollgate {

/// Writes `content` to `path` via a temp file in the same directory and a
/// rename, so a reader (or a killed run) never sees half a file. Throws
/// EnvironmentError naming the path and the reason.
void write_file_atomically(const std::filesystem::path& path, const std::string& content);

}  // namespace tollgate
