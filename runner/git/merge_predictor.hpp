#pragma once

#include "runner/git/repository.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// Every best common ancestor of two commits (several after criss-cross
/// merges), shallow-aware; empty when the histories share no local commit.
std::vector<std::string> find_merge_bases(const Repository& repository, const std::string& a, const std::string& b);

/// The merge base of two commits (40 hex), shallow-aware; nullopt when the
/// histories share no commit that is available locally.
std::optional<std::string> find_merge_base(const Repository& repository, const std::string& a, const std::string& b);

/// Paths that differ between two commits, both sides of a rename included,
/// sorted. Compares trees only: no rename detection, no blob is read.
std::vector<std::string> changed_paths(const Repository& repository, const std::string& base, const std::string& head);

/// changed_paths split by kind, for merge prediction.
struct PathChanges {
    std::vector<std::string> all;         ///< every changed path, sorted
    std::vector<std::string> structural;  ///< paths added or deleted (rename candidates), sorted
};

/// The paths that differ between two commits, with the added or deleted ones apart.
PathChanges path_changes(const Repository& repository, const std::string& base, const std::string& head);

/// Paths a merge of `ours` and `theirs` would leave conflicted, sorted, as
/// `git merge-tree --write-tree --name-only` lists them. The merge runs in
/// memory (an index that is never written): the work tree, the index file
/// and refs are untouched.
std::vector<std::string> predict_merge_conflicts(const Repository& repository, const std::string& ours,
                                                 const std::string& theirs);

/// Predicts merge conflicts for many pairs quickly. Each prediction merges
/// trees pruned to the paths either side changed since the merge base (the
/// only places a merge can conflict), so its cost follows the size of the
/// changes, not of the repository. The pruned trees live in an in-memory
/// object store of the predictor's own repository handle: nothing is written
/// to disk. Not thread-safe; use one per thread.
class ConflictPredictor {
public:
    /// Opens its own handle on `repository`'s object database.
    explicit ConflictPredictor(const Repository& repository);
    ~ConflictPredictor();
    ConflictPredictor(const ConflictPredictor&) = delete;
    ConflictPredictor& operator=(const ConflictPredictor&) = delete;

    /// Same answer as predict_merge_conflicts(ours, theirs), given `base`,
    /// their only merge base, and `paths`: every path both sides changed
    /// since base, and every path either side added or deleted (the rename
    /// candidates). A path only one side modified merges cleanly and can be
    /// left out; more paths than needed are harmless.
    std::vector<std::string> predict(const std::string& base, const std::string& ours, const std::string& theirs,
                                     const std::vector<std::string>& paths);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace tollgate
