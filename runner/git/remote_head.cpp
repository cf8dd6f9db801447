#include "runner/git/remote_head.hpp"

#include "runner/git/libgit.hpp"
#include "runner/git/repository_impl.hpp"

namespace tollgate {

std::string remote_head_branch(const Repository& repository) {
    libgit::ReferenceHandle origin_head;
    std::string name;
    if (git2().git_reference_lookup(origin_head.out(), raw(repository), "refs/remotes/origin/HEAD") == 0 &&
        git2().git_reference_type(origin_head.get()) == GIT_REFERENCE_SYMBOLIC) {
        const std::string target = git2().git_reference_symbolic_target(origin_head.get());
        const std::string prefix = "refs/remotes/origin/";
        if (target.rfind(prefix, 0) == 0) name = target.substr(prefix.size());
    }
    git2().git_error_clear();
    return name;
}

}  // namespace tollgate
