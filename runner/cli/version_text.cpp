#include "runner/cli/version_text.hpp"

#include "runner/core/error.hpp"
#include "runner/git/libgit_loader.hpp"

#ifndef TOLLGATE_COMMIT
#error "TOLLGATE_COMMIT (git rev-parse HEAD at configure time, or unknown) comes from CMakeLists.txt"
#endif

namespace tollgate {

std::string version_text() {
    std::string text = std::string("tollgate ") + TOLLGATE_VERSION + "\n";
    text += std::string("commit: ") + TOLLGATE_COMMIT + "\n";
    // A missing libgit2 is exactly what a user runs --version to find out
    // about, so it is reported here rather than failing the flag.
    try {
        text += "libgit2: " + loaded_libgit2_version() + " (" + libgit2_soname() + ")\n";
    } catch (const EnvironmentError& e) {
        text += std::string("libgit2: not loadable: ") + e.what() + "\n";
    }
    return text;
}

}  // namespace tollgate
