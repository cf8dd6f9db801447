#pragma once

// PRIVATE to runner/git: git's rename detection (rename_pairing) over the
// changed files of a tree, index or work-tree diff. Contents come from the
// object database (and, for a work-tree diff, the added files on disk), read
// only when a pass needs them. diff.renames, diff.renameLimit and
// GIT_BASENAME_FACTOR are read as git reads them.

#include "runner/git/diff_files.hpp"
#include "runner/git/libgit.hpp"
#include "runner/git/rename_pairing.hpp"

#include <string>
#include <vector>

namespace tollgate::libgit {

/// What git's config (diff.renames, diff.renameLimit) and environment ask of rename detection.
RenameOptions rename_options(git_repository* repo);

/// Turns deleted+added record pairs (and, with copies, modified+added ones)
/// into renames and copies, in place and in git's order. A partial clone or
/// a missing blob limits it to exact renames; that and a skipped inexact
/// pass (diff.renameLimit) are recorded in `notes`.
void find_renames(git_repository* repo, std::vector<DeltaRecord>& records, std::vector<std::string>& notes);

}  // namespace tollgate::libgit
