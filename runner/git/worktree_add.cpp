#include "runner/git/worktree_add.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"

namespace tollgate {

namespace fs = std::filesystem;

namespace {

// git's name for a worktree is its folder's name; a taken one gets -2, -3, …
std::string free_worktree_name(git_repository* repo, const fs::path& dir) {
    const std::string base = dir.filename().string().empty() ? "worktree" : dir.filename().string();
    for (int n = 1;; ++n) {
        std::string name = n == 1 ? base : base + "-" + std::to_string(n);
        libgit::WorktreeHandle found;
        if (git2().git_worktree_lookup(found.out(), repo, name.c_str()) < 0) return name;
    }
}

}  // namespace

AddedWorktree add_worktree(const Repository& repository, const WorktreeRequest& request) {
    git_repository* repo = raw(repository);
    if (libgit::lookup_ref_commit(repo, "refs/heads/" + request.branch)) {
        throw UsageError("branch '" + printable(request.branch) + "' already exists",
                         "tollgate start does not reuse or move a branch; check it out with `git worktree add DIR " +
                             printable(request.branch) + "`, or pass --branch NAME for a new one");
    }
    const fs::path dir = fs::absolute(request.dir).lexically_normal();
    std::error_code ec;
    if (fs::exists(dir, ec) || fs::is_symlink(dir, ec)) {
        throw UsageError("'" + printable(dir.string()) + "' already exists", "name a new folder with --worktree DIR");
    }
    const libgit::CommitHandle start =
        libgit::lookup_commit(repo, libgit::parse_oid(request.start_commit), "the start of the branch");
    libgit::ReferenceHandle branch;
    libgit::check(git2().git_branch_create(branch.out(), repo, request.branch.c_str(), start.get(), 0),
                  "creating branch '" + printable(request.branch) + "'");
    try {
        git_worktree_add_options options;
        libgit::check(git2().git_worktree_add_options_init(&options, GIT_WORKTREE_ADD_OPTIONS_VERSION),
                      "preparing the worktree");
        options.ref = branch.get();
        // The folder is new: nothing in it can be lost, and a safe checkout
        // would read missing files as deletions and leave them missing.
        options.checkout_options.checkout_strategy = GIT_CHECKOUT_FORCE;
        const std::string name = free_worktree_name(repo, dir);
        libgit::WorktreeHandle worktree;
        libgit::check(git2().git_worktree_add(worktree.out(), repo, name.c_str(), dir.string().c_str(), &options),
                      "adding the worktree '" + printable(dir.string()) + "'");
        return {dir, fs::path(repository.common_dir()) / "worktrees" / name, name};
    } catch (...) {
        (void)git2().git_branch_delete(branch.get());  // best effort: the error being thrown says what failed
        throw;
    }
}

}  // namespace tollgate
