#pragma once

#include "runner/git/repository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// The merge base of two commits (40 hex), shallow-aware; nullopt when the
/// histories share no commit that is available locally.
std::optional<std::string> find_merge_base(const Repository& repository, const std::string& a,
                                           const std::string& b);

/// Paths that differ between two commits, both sides of a rename included,
/// sorted. Compares trees only: no rename detection, no blob is read.
std::vector<std::string> changed_paths(const Repository& repository, const std::string& base,
                                       const std::string& head);

/// Paths a merge of `ours` and `theirs` would leave conflicted, sorted, as
/// `git merge-tree --write-tree --name-only` lists them. The merge runs in
/// memory (an index that is never written): the work tree, the index file
/// and refs are untouched.
std::vector<std::string> predict_merge_conflicts(const Repository& repository, const std::string& ours,
                                                 const std::string& theirs);

}  // namespace tollgate
