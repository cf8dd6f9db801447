#pragma once

#include "runner/git/repository.hpp"

#include <string>

namespace tollgate {

/// The branch origin/HEAD points at ("main" for refs/remotes/origin/main),
/// or "" when the repository has no symbolic origin/HEAD: the remote's
/// default branch as the clone recorded it.
std::string remote_head_branch(const Repository& repository);

}  // namespace tollgate
