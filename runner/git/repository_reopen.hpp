#pragma once

// A second handle on a repository already open: libgit2 objects must not
// cross threads, so each worker of a parallel walk or diff opens its own.

#include "runner/git/libgit.hpp"

namespace tollgate::libgit {

/// Opens `repo`'s object database again (bare, from its common dir), with
/// the configuration every repository tollgate opens gets
/// (add_environment_config). Throws GitError when it cannot.
RepositoryHandle reopen_repository(git_repository* repo);

}  // namespace tollgate::libgit
