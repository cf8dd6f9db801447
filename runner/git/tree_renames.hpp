#pragma once

// PRIVATE to runner/git: rename detection between two trees, shaped like
// git's diffcore-rename so large refactors stay fast and agree with
// `git diff -M`: exact renames first, by blob id, in linear time; then,
// only while the leftover sources × destinations stay within
// diff.renameLimit² (git's default limit: 1000), libgit2's 50 %-similarity
// matching over just the leftovers. Past the limit inexact detection is
// skipped with a note, as git skips it with a warning.

#include "runner/git/diff_files.hpp"
#include "runner/git/libgit.hpp"

#include <string>
#include <vector>

namespace tollgate::libgit {

/// Turns deleted+added record pairs into renames. `holder` keeps alive the
/// diff that inexact renames take their line data from.
void find_tree_renames(git_repository* repo, git_tree* old_tree, git_tree* new_tree,
                       std::vector<DeltaRecord>& records, DiffHandle& holder, std::vector<std::string>& notes);

}  // namespace tollgate::libgit
