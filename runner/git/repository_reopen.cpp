#include "runner/git/repository_reopen.hpp"

#include "runner/git/config_environment.hpp"

namespace tollgate::libgit {

RepositoryHandle reopen_repository(git_repository* repo) {
    RepositoryHandle own;
    check(git2().git_repository_open_bare(own.out(), git2().git_repository_commondir(repo)),
          "cannot reopen the repository");
    add_environment_config(own.get());
    return own;
}

}  // namespace tollgate::libgit
