#include "runner/git/merge_predictor.hpp"

#include "runner/git/commit_graph.hpp"
#include "runner/git/diff_files.hpp"
#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"

#include <git2/sys/index.h>

#include <algorithm>
#include <set>

namespace tollgate {

using namespace libgit;

namespace {

git_oid parse_oid(const std::string& hex) {
    git_oid id;
    check(git_oid_fromstr(&id, hex.c_str()), "invalid object id '" + hex + "'");
    return id;
}

TreeHandle tree_of(git_repository* repo, const std::string& hex) {
    const auto commit = lookup_commit(repo, parse_oid(hex), "branch tip");
    TreeHandle tree;
    check(git_commit_tree(tree.out(), commit.get()), "cannot read the tree of " + hex);
    return tree;
}

void sort_unique(std::vector<std::string>& paths) {
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
}

}  // namespace

std::optional<std::string> find_merge_base(const Repository& repository, const std::string& a,
                                           const std::string& b) {
    git_repository* repo = raw(repository);
    const git_oid ida = parse_oid(a);
    const git_oid idb = parse_oid(b);
    if (repository.is_shallow()) {
        CommitGraph graph(repo, read_shallow_boundaries(repository.common_dir()));
        const auto base = graph.merge_base(ida, idb);
        return base ? std::optional<std::string>(to_hex(*base)) : std::nullopt;
    }
    git_oid out;
    const int rc = git_merge_base(&out, repo, &ida, &idb);
    if (rc == GIT_ENOTFOUND) {
        git_error_clear();
        return std::nullopt;
    }
    check(rc, "cannot compute the merge base of " + a + " and " + b);
    return to_hex(out);
}

std::vector<std::string> changed_paths(const Repository& repository, const std::string& base,
                                       const std::string& head) {
    git_repository* repo = raw(repository);
    const auto old_tree = tree_of(repo, base);
    const auto new_tree = tree_of(repo, head);
    const git_diff_options options = diff_options();
    DiffHandle diff;
    check(git_diff_tree_to_tree(diff.out(), repo, old_tree.get(), new_tree.get(), &options),
          "cannot diff " + base + " with " + head);
    std::vector<std::string> out;
    const std::size_t count = git_diff_num_deltas(diff.get());
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        if (delta->old_file.path != nullptr) out.emplace_back(delta->old_file.path);
        if (delta->new_file.path != nullptr) out.emplace_back(delta->new_file.path);
    }
    sort_unique(out);
    return out;
}

std::vector<std::string> predict_merge_conflicts(const Repository& repository, const std::string& ours,
                                                 const std::string& theirs) {
    git_repository* repo = raw(repository);
    const auto our_commit = lookup_commit(repo, parse_oid(ours), "ours");
    const auto their_commit = lookup_commit(repo, parse_oid(theirs), "theirs");
    git_merge_options options;
    check(git_merge_options_init(&options, GIT_MERGE_OPTIONS_VERSION), "cannot set up a merge");
    options.flags = GIT_MERGE_FIND_RENAMES;
    IndexHandle index;
    check(git_merge_commits(index.out(), repo, our_commit.get(), their_commit.get(), &options),
          "cannot merge " + ours + " with " + theirs + " in memory");
    std::vector<std::string> out;
    if (git_index_has_conflicts(index.get()) == 0) return out;
    IndexConflictIteratorHandle it;
    check(git_index_conflict_iterator_new(it.out(), index.get()), "cannot list merge conflicts");
    const git_index_entry* ancestor = nullptr;
    const git_index_entry* our = nullptr;
    const git_index_entry* their = nullptr;
    int rc = 0;
    while ((rc = git_index_conflict_next(&ancestor, &our, &their, it.get())) == 0) {
        for (const auto* entry : {ancestor, our, their}) {
            if (entry != nullptr) out.emplace_back(entry->path);
        }
    }
    if (rc != GIT_ITEROVER) check(rc, "cannot list merge conflicts");
    git_error_clear();
    // libgit2 splits a conflict on a renamed file into entries at the old and
    // the new path; git (merge-ort) shows it at the new path only, and keeps
    // the old path only when both sides renamed it to different names
    // (rename/rename 1-to-2). The index's rename records say which is which.
    std::set<std::string> moved_away;
    const std::size_t names = git_index_name_entrycount(index.get());
    for (std::size_t i = 0; i < names; ++i) {
        const git_index_name_entry* n = git_index_name_get_byindex(index.get(), i);
        if (n == nullptr || n->ancestor == nullptr) continue;
        const std::string old_path = n->ancestor;
        const bool ours_moved = n->ours != nullptr && old_path != n->ours;
        const bool theirs_moved = n->theirs != nullptr && old_path != n->theirs;
        const bool one_to_two = ours_moved && theirs_moved && std::string(n->ours) != n->theirs;
        if (!one_to_two && (ours_moved || theirs_moved)) moved_away.insert(old_path);
    }
    std::erase_if(out, [&](const std::string& p) { return moved_away.count(p) > 0; });
    sort_unique(out);
    return out;
}

}  // namespace tollgate
