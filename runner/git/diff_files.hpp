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

/// One changed file plus what is needed to compute its lines later.
struct DeltaRecord {
    ChangedFile file;
    git_oid old_id{};
    git_oid new_id{};
    git_diff* patch_diff = nullptr;  ///< the diff holding this file's delta (not owned); null: a work-tree rename
    std::size_t patch_index = 0;     ///< its index there
    bool same_content = false;       ///< an exact rename: no lines changed, no blob to read
    /// Both sides are blobs in the object database (tree or index diffs), so
    /// lines come from git_patch_from_blobs: no per-path attribute lookup.
    bool blobs_in_odb = false;
};

/// The changed files of `diff` as records, in git's path order. Reads no
/// blob. `blobs_in_odb`: the diff compares trees or the index, not files.
std::vector<DeltaRecord> list_deltas(git_diff* diff, bool blobs_in_odb);

/// Which files get line data; null = all.
using LineFilter = std::function<bool(const ChangedFile&)>;

/// The records as ChangedFiles sorted by path. Line data is computed only
/// when `want_lines` and `filter` accepts the file; nothing else reads a blob.
/// Text or binary is judged by content (a NUL byte, as git does without
/// attributes); `.gitattributes` diff drivers are not consulted.
std::vector<ChangedFile> finish_changed_files(git_repository* repo, std::vector<DeltaRecord> records, bool want_lines,
                                              const LineFilter& filter, std::vector<std::string>& notes);

/// True when the repository is a partial clone (extensions.partialClone, or a promisor remote).
bool is_partial_clone(git_repository* repo);

/// True when the last libgit2 error (from return code `rc`) is a missing object.
bool is_missing_object(int rc);

}  // namespace tollgate::libgit
