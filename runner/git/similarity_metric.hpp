#pragma once

// PRIVATE to runner/git: git's similarity (similarity_signature) as a
// libgit2 similarity metric, so the merges the conflict predictor runs in
// memory (git_merge_trees) score rename candidates as `git diff -M` does
// rather than with libgit2's own hashsig.

#include "runner/git/libgit.hpp"

namespace tollgate::libgit {

/// The metric to put in git_merge_options::metric (static: lives as long as the program).
git_diff_similarity_metric* git_similarity_metric();

}  // namespace tollgate::libgit
