#pragma once

namespace tollgate {

/// Keeps libgit2 initialised while alive (git_libgit2_init/shutdown are
/// reference counted, so sessions nest). Every Repository holds one, so no
/// libgit2 call can run before init or after shutdown.
class GitSession {
public:
    GitSession();
    ~GitSession();
    GitSession(const GitSession&) = delete;
    GitSession& operator=(const GitSession&) = delete;
};

}  // namespace tollgate
