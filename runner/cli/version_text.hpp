#pragma once

// What `tollgate --version` prints: enough to tell from a bug report which
// build and which libgit2 ran.

#include <string>

namespace tollgate {

/// "tollgate VERSION", then the commit the binary was built from ("unknown"
/// when the build had no git checkout) and the libgit2 it loads (version and
/// soname, or why it cannot be loaded), one per line, newline-terminated.
/// Loads libgit2: only --version calls it, never a verb's start-up.
std::string version_text();

}  // namespace tollgate
