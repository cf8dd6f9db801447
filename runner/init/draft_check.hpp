#pragma once

// A drafted inventory read back through the project's own loader and
// validator before anyone relies on it: `init` says exactly why a draft
// does not validate instead of leaving that to the first `tollgate check`.

#include "runner/core/diagnostic.hpp"

#include <filesystem>
#include <string>

namespace tollgate {

/// Loads `text` as if it were the file `path` (relative paths in it, such
/// as packet docs, resolve against `path`'s directory on disk) and validates
/// it; findings land in `diagnostics`, located in `path`.
void check_draft(const std::string& text, const std::filesystem::path& path, Diagnostics& diagnostics);

}  // namespace tollgate
