#pragma once

// The public face of how libgit2 is loaded (runner/git/libgit.hpp says why it
// is loaded on first use instead of linked); no libgit2 types here.

#include <string>

namespace tollgate {

/// The soname of the libgit2 tollgate was built against, which it loads.
const char* libgit2_soname();

/// The version of the libgit2 loaded ("1.5.1"); loads it if needed
/// (EnvironmentError when it cannot).
std::string loaded_libgit2_version();

/// Loads libgit2 from `soname` and resolves every function tollgate calls;
/// throws EnvironmentError saying what is missing and how to install it.
void check_libgit2_loadable(const std::string& soname);

}  // namespace tollgate
