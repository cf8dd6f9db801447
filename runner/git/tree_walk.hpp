#pragma once

// PRIVATE to runner/git: the changed files between two trees, found by
// walking both in step and skipping every subtree whose id is the same on
// both sides (as git's tree diff does). Faster than git_diff_tree_to_tree for
// large changes, and it yields DeltaRecords directly. Semantics follow
// git_diff_tree_to_tree with GIT_DIFF_INCLUDE_TYPECHANGE: a regular file,
// symlink or submodule that becomes another of these is a type change; a
// mode change within regular files (e.g. +x) is a modification; a file
// replaced by a directory (or the reverse) is a deletion plus additions.

#include "runner/git/diff_files.hpp"
#include "runner/git/libgit.hpp"

#include <vector>

namespace tollgate::libgit {

/// The changed files from `old_tree` to `new_tree` (either may be null for
/// the empty tree), in git's path order, without rename detection.
std::vector<DeltaRecord> diff_trees(git_repository* repo, const git_tree* old_tree, const git_tree* new_tree);

/// diff_trees with the subtrees two levels down shared out over the cores,
/// each thread reading through its own handle on the repository's object
/// database; so only for trees stored there (not in an in-memory odb).
std::vector<DeltaRecord> diff_trees_in_parallel(git_repository* repo, const git_tree* old_tree,
                                                const git_tree* new_tree);

}  // namespace tollgate::libgit
