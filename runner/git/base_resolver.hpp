#pragma once

#include "runner/git/repository.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// What the user asked for as the two ends of a change.
struct RangeRequest {
    std::string base;                 ///< --base REF; empty = the default base
    std::string head;                 ///< --head REF; empty = HEAD
    std::string default_base_branch;  ///< the inventory's `base`; empty = origin/HEAD's target, else main
    bool github_actions = false;      ///< GITHUB_ACTIONS=true: allow the PR merge-commit fallback
    std::string detached_branch;      ///< branch to report when HEAD is detached ($GITHUB_HEAD_REF)
};

/// The two commits a change is measured between.
struct ResolvedRange {
    std::string base_ref;     ///< as given or defaulted, e.g. "main" or "origin/main"
    std::string base_commit;  ///< merge base of base_ref and head (40 hex)
    std::string head_ref;
    std::string head_commit;
    std::string head_branch;         ///< branch named by head ("" when a commit id or detached)
    std::vector<std::string> notes;  ///< fallbacks taken, for stderr
};

/// Resolves base and head. The base commit is the merge base of the base
/// ref and head (as `git diff BASE...HEAD`), which is BASE itself whenever
/// BASE is an ancestor of head. In a shallow clone the merge base must lie
/// inside the fetched history, else EnvironmentError with the fix; inside
/// GitHub Actions on a two-parent merge commit the first parent (the base
/// branch tip) is used instead, with a note.
ResolvedRange resolve_range(const Repository& repository, const RangeRequest& request);

/// A base branch tip.
struct BaseBranch {
    std::string ref;     ///< as shown, e.g. "main" or "origin/main"
    std::string commit;  ///< 40 hex
};

/// The tip of `explicit_ref` when given, else of the inventory's base branch
/// (`default_base_branch`: the local branch, else origin/<name>; when empty,
/// origin/HEAD's target, else main). EnvironmentError when it does not exist.
BaseBranch resolve_base_branch(const Repository& repository, const std::string& explicit_ref,
                               const std::string& default_base_branch);

/// A request with the CI facts filled in from the environment
/// (GITHUB_ACTIONS, GITHUB_HEAD_REF).
RangeRequest range_request_from_environment(std::string base, std::string head, std::string default_base_branch);

}  // namespace tollgate
