#pragma once

// Where git looks for hooks (for `tollgate hook install`).

#include "runner/git/repository.hpp"

#include <filesystem>

namespace tollgate {

/// The hooks directory git uses for `repository`: core.hooksPath (resolved
/// as git does: `~` expanded, relative to the work tree root) when set, else
/// `hooks` in the common git directory. `configured` says which.
struct HooksDir {
    std::filesystem::path path;
    bool configured = false;  ///< true when it came from core.hooksPath
};
HooksDir hooks_dir(const Repository& repository);

}  // namespace tollgate
