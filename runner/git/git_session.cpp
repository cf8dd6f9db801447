#include "runner/git/git_session.hpp"

#include "runner/core/error.hpp"
#include "runner/git/libgit.hpp"

namespace tollgate {

GitSession::GitSession() {
    if (git2().git_libgit2_init() < 0) {
        throw EnvironmentError("cannot initialise libgit2: " + libgit::last_error_message());
    }
    // git itself does not re-hash every object it reads; libgit2 does by
    // default, which costs a tenth of a large diff. Corrupt (undecompressable)
    // objects are still reported.
    git2().git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}

GitSession::~GitSession() { git2().git_libgit2_shutdown(); }

}  // namespace tollgate
