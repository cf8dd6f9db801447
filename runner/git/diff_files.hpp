#pragma once

// PRIVATE to runner/git: from a git_diff to ChangedFile records.

#include "runner/git/change_set.hpp"
#include "runner/git/libgit.hpp"

#include <functional>
#include <string>
#include <vector>

namespace tollgate::libgit {

/// Options every tollgate diff uses: type changes as 'T', zero context lines
/// (so hunks are exactly the changed lines), submodules compared by commit only.
git_diff_options diff_options();

/// Runs rename detection like `git diff -M` (50 % similarity). In a partial
/// clone, or when a blob turns out to be missing, falls back to exact renames
/// only — which needs no blob — and records a note.
void detect_renames(git_repository* repo, git_diff* diff, std::vector<std::string>& notes);

/// Which files get line data; null = all.
using LineFilter = std::function<bool(const ChangedFile&)>;

/// The changed files of `diff`, in git's path order. Line data is computed
/// only when `want_lines` and `filter` accepts the file; listing alone never
/// reads a blob.
std::vector<ChangedFile> read_changed_files(git_diff* diff, bool want_lines, const LineFilter& filter,
                                            std::vector<std::string>& notes);

/// True when the repository is a partial clone (extensions.partialClone, or a promisor remote).
bool is_partial_clone(git_repository* repo);

}  // namespace tollgate::libgit
