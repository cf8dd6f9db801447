#pragma once

// PRIVATE to runner/git: what a Repository holds.

#include "runner/git/git_session.hpp"
#include "runner/git/libgit.hpp"
#include "runner/git/repository.hpp"

namespace tollgate {

struct Repository::Impl {
    GitSession session;  // declared first: outlives every handle below
    libgit::RepositoryHandle repo;
};

/// The raw handle of `repository` (runner/git sources only).
inline git_repository* raw(const Repository& repository) {
    return repository.impl().repo.get();
}

}  // namespace tollgate
