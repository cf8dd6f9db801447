#pragma once

// PRIVATE to runner/git: trees cut down to the paths a merge can conflict on.
// A three-way merge of two branches can only conflict where at least one
// side changed something; merging trees that hold just those paths gives
// the same conflicts as merging the full trees, in time proportional to the
// change instead of the repository.

#include "runner/git/libgit.hpp"

#include <string>
#include <vector>

namespace tollgate::libgit {

/// The id of a tree with only the entries of `tree` at `paths` (or below
/// them, when a path names a directory); directories on the way are rebuilt.
/// The new tree objects are written to the repository's object database, so
/// call it on a repository whose writes go to memory (see ConflictPredictor).
git_oid pruned_tree(git_repository* repo, const git_tree* tree, const std::vector<std::string>& paths);

}  // namespace tollgate::libgit
