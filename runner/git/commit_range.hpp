#pragma once

// PRIVATE to runner/git: the commits of a change with their trailers.

#include "runner/git/change_set.hpp"
#include "runner/git/repository.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// Commits reachable from `head` but not from `base` (40-hex ids), newest
/// first, each with its parsed trailers. Shallow boundaries end the walk.
std::vector<ChangeCommit> read_commit_range(const Repository& repository, const std::string& base,
                                            const std::string& head);

}  // namespace tollgate
