#pragma once

// One packet, one branch, one worktree (`tollgate start`): a new branch at
// a commit and a linked worktree checking it out, as `git worktree add -b`.

#include "runner/git/repository.hpp"

#include <filesystem>
#include <string>

namespace tollgate {

/// What to create.
struct WorktreeRequest {
    std::string branch;         ///< short branch name, e.g. "packet/batch-3a"
    std::string start_commit;   ///< 40 hex: where the branch starts
    std::filesystem::path dir;  ///< the worktree's folder; must not exist yet
};

/// What was created.
struct AddedWorktree {
    std::filesystem::path dir;      ///< the worktree's folder (absolute)
    std::filesystem::path git_dir;  ///< its private git directory (<common>/worktrees/<name>)
    std::string name;               ///< git's name for it (`git worktree list`)
};

/// Creates `request.branch` at `request.start_commit` and a linked worktree
/// at `request.dir` with that branch checked out. Refuses, with UsageError
/// and nothing changed, an existing branch, an existing folder or a
/// worktree name already taken; if the worktree cannot be made, the branch
/// it created is deleted again.
AddedWorktree add_worktree(const Repository& repository, const WorktreeRequest& request);

}  // namespace tollgate
