#pragma once

#include "runner/git/base_resolver.hpp"
#include "runner/git/change_set.hpp"
#include "runner/git/repository.hpp"

#include <functional>
#include <optional>
#include <string>

namespace tollgate {

/// What to read: the selection mode and how much detail to load.
struct ChangeRequest {
    ChangeMode mode = ChangeMode::range;  ///< range (--base/--head), staged or worktree
    RangeRequest range;                   ///< ends of the change for ChangeMode::range
    /// The range's ends when already resolved (resolve_range, or
    /// resolve_change_base); read_change then uses them as they are.
    std::optional<ResolvedRange> resolved;
    /// Per-line data (added ranges, +/- counts). Off: deltas are listed from
    /// the trees alone and no blob is read (safe in partial clones).
    bool want_lines = true;
    /// When set, only files it accepts get line data (e.g. those in `extend` zones).
    std::function<bool(const ChangedFile&)> lines_for;
    bool want_commits = true;  ///< the commits base..head with their trailers
};

/// Reads the change: range = merge base → head commit; staged = HEAD → index
/// (an unborn branch compares against the empty tree); worktree = HEAD →
/// working tree through the index, tracked files only (untracked files are
/// not part of any change until added, as in `git diff HEAD`).
ChangeSet read_change(const Repository& repository, const ChangeRequest& request);

/// The commit read_change would compare against, found without a diff:
/// the range's merge base (resolved here and kept in `request.resolved`, so
/// the read that follows does not resolve it again), or HEAD for the staged
/// and worktree modes ("" on an unborn branch).
std::string resolve_change_base(const Repository& repository, ChangeRequest& request);

}  // namespace tollgate
