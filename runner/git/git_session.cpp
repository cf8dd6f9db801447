#include "runner/git/git_session.hpp"

#include "runner/core/error.hpp"
#include "runner/git/libgit.hpp"

namespace tollgate {

GitSession::GitSession() {
    if (git_libgit2_init() < 0) {
        throw EnvironmentError("cannot initialise libgit2: " + libgit::last_error_message());
    }
}

GitSession::~GitSession() { git_libgit2_shutdown(); }

}  // namespace tollgate
