#include "runner/git/git_session.hpp"

#include "runner/core/error.hpp"
#include "runner/git/config_environment.hpp"
#include "runner/git/libgit.hpp"

#include <mutex>

namespace tollgate {

GitSession::GitSession() {
    // Serialised so that no session is handed out before the first one has
    // set the config search paths (they are libgit2's global state, reset by
    // the last shutdown and so set again by the next first init).
    static std::mutex init_mutex;
    const std::lock_guard lock(init_mutex);
    const int sessions = git2().git_libgit2_init();
    if (sessions < 0) {
        throw EnvironmentError("cannot initialise libgit2: " + libgit::last_error_message());
    }
    if (sessions == 1) {
        try {
            libgit::apply_config_search_paths();
        } catch (...) {
            git2().git_libgit2_shutdown();
            throw;
        }
    }
    // git itself does not re-hash every object it reads; libgit2 does by
    // default, which costs a tenth of a large diff. Corrupt (undecompressable)
    // objects are still reported.
    git2().git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}

GitSession::~GitSession() {
    git2().git_libgit2_shutdown();
}

}  // namespace tollgate
