#include "runner/git/change_reader.hpp"

#include "runner/core/error.hpp"
#include "runner/git/commit_range.hpp"
#include "runner/git/diff_files.hpp"
#include "runner/git/rename_records.hpp"
#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"
#include "runner/git/tree_walk.hpp"

#include <stdexcept>

namespace tollgate {

using namespace libgit;

namespace {

TreeHandle tree_of(git_repository* repo, const std::string& commit_hex, std::string_view what) {
    const auto commit = lookup_commit(repo, parse_oid(commit_hex), what);
    TreeHandle tree;
    check(git2().git_commit_tree(tree.out(), commit.get()), "cannot read the tree of " + commit_hex);
    return tree;
}

// HEAD's commit and tree for the staged and worktree modes; an unborn HEAD
// leaves both empty so the comparison is against the empty tree.
std::string head_commit_or_empty(const Repository& repository) {
    if (repository.head_unborn()) return "";
    return to_hex(resolve_commit(raw(repository), "HEAD", "HEAD"));
}

TreeHandle head_tree(const Repository& repository, ChangeSet& change) {
    change.base_ref = "HEAD";
    change.base_commit = head_commit_or_empty(repository);
    if (change.base_commit.empty()) return TreeHandle();
    return tree_of(raw(repository), change.base_commit, "HEAD");
}

void require_work_tree(const Repository& repository, std::string_view option) {
    if (repository.is_bare()) {
        throw UsageError(std::string(option) + " needs a work tree, but this repository is bare",
                         "use --base/--head to compare commits");
    }
}

}  // namespace

std::string resolve_change_base(const Repository& repository, ChangeRequest& request) {
    switch (request.mode) {
        case ChangeMode::paths: throw std::logic_error("resolve_change_base: a list of paths has no base");
        case ChangeMode::range:
            if (!request.resolved) request.resolved = resolve_range(repository, request.range);
            return request.resolved->base_commit;
        case ChangeMode::staged:
        case ChangeMode::worktree: return head_commit_or_empty(repository);
    }
    throw std::logic_error("resolve_change_base: unknown mode");
}

ChangeSet read_change(const Repository& repository, const ChangeRequest& request) {
    git_repository* repo = raw(repository);
    ChangeSet change;
    change.mode = request.mode;
    const git_diff_options options = diff_options();
    DiffHandle diff;
    std::vector<DeltaRecord> records;

    switch (request.mode) {
        case ChangeMode::paths: throw std::logic_error("read_change: a list of paths is not a diff");
        case ChangeMode::range: {
            const ResolvedRange range = request.resolved ? *request.resolved : resolve_range(repository, request.range);
            change.base_ref = range.base_ref;
            change.base_commit = range.base_commit;
            change.head_ref = range.head_ref;
            change.head_commit = range.head_commit;
            change.branch = range.head_branch;
            change.notes = range.notes;
            const auto base = tree_of(repo, range.base_commit, "base");
            const auto head = tree_of(repo, range.head_commit, "head");
            records = diff_trees_in_parallel(repo, base.get(), head.get());
            find_renames(repo, records, change.notes);
            break;
        }
        case ChangeMode::staged: {
            require_work_tree(repository, "--staged");
            const auto base = head_tree(repository, change);
            change.head_ref = "(staged)";
            IndexHandle index;
            check(git2().git_repository_index(index.out(), repo), "cannot read the index");
            check(git2().git_diff_tree_to_index(diff.out(), repo, base.get(), index.get(), &options),
                  "cannot diff HEAD with the index");
            records = list_deltas(diff.get(), true);
            find_renames(repo, records, change.notes);
            break;
        }
        case ChangeMode::worktree: {
            require_work_tree(repository, "--worktree");
            const auto base = head_tree(repository, change);
            change.head_ref = "(worktree)";
            check(git2().git_diff_tree_to_workdir_with_index(diff.out(), repo, base.get(), &options),
                  "cannot diff HEAD with the working tree");
            records = list_deltas(diff.get(), false);
            find_renames(repo, records, change.notes);
            break;
        }
    }
    if (request.mode != ChangeMode::range && change.branch.empty()) {
        change.branch = repository.current_branch();
        if (change.branch.empty()) change.branch = request.range.detached_branch;
    }

    change.files = finish_changed_files(repo, std::move(records), request.want_lines, request.lines_for, change.notes);
    if (request.want_commits && request.mode == ChangeMode::range) {
        change.commits = read_commit_range(repository, change.base_commit, change.head_commit);
    }
    return change;
}

}  // namespace tollgate
