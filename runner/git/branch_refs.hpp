#pragma once

#include "runner/git/repository.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// A branch tip: a local branch or a remote-tracking one.
struct BranchRef {
    std::string ref;      ///< full name, e.g. "refs/remotes/origin/packet/a"
    std::string name;     ///< branch name without the remote, e.g. "packet/a"
    std::string display;  ///< as a person writes it: "packet/a" or "origin/packet/a"
    std::string commit;   ///< 40-hex id of the tip commit
    bool remote = false;
};

/// Every `refs/heads/*` and `refs/remotes/*/*` ref that points at a
/// commit, local and remote alike (a branch may appear once per remote),
/// sorted by full ref name. Symbolic refs (origin/HEAD) are skipped.
std::vector<BranchRef> list_branch_refs(const Repository& repository);

/// Every `refs/heads/*` and `refs/remotes/*/*` branch that points at a
/// commit, one per branch name: a local branch hides remote ones of the same
/// name, and among remotes `origin` comes first. Symbolic refs (origin/HEAD)
/// are skipped. Sorted by name.
std::vector<BranchRef> list_branches(const Repository& repository);

}  // namespace tollgate
