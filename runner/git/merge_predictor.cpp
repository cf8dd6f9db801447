#include "runner/git/merge_predictor.hpp"

#include "runner/git/commit_graph.hpp"
#include "runner/git/diff_files.hpp"
#include "runner/git/git_session.hpp"
#include "runner/git/pruned_tree.hpp"
#include "runner/git/repository_impl.hpp"
#include "runner/git/repository_reopen.hpp"
#include "runner/git/revision.hpp"
#include "runner/git/similarity_metric.hpp"
#include "runner/git/tree_walk.hpp"

#include <git2/sys/index.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>

#include <algorithm>
#include <mutex>
#include <set>

namespace tollgate {

using namespace libgit;

namespace {

TreeHandle tree_of(git_repository* repo, const std::string& hex) {
    const auto commit = lookup_commit(repo, parse_oid(hex), "branch tip");
    TreeHandle tree;
    check(git2().git_commit_tree(tree.out(), commit.get()), "cannot read the tree of " + hex);
    return tree;
}

void sort_unique(std::vector<std::string>& paths) {
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
}

// The conflicted paths of a merge result, as git (merge-ort) names them.
std::vector<std::string> conflicted_paths(git_index* index) {
    std::vector<std::string> out;
    if (git2().git_index_has_conflicts(index) == 0) return out;
    IndexConflictIteratorHandle it;
    check(git2().git_index_conflict_iterator_new(it.out(), index), "cannot list merge conflicts");
    const git_index_entry* ancestor = nullptr;
    const git_index_entry* our = nullptr;
    const git_index_entry* their = nullptr;
    int rc = 0;
    while ((rc = git2().git_index_conflict_next(&ancestor, &our, &their, it.get())) == 0) {
        for (const auto* entry : {ancestor, our, their}) {
            if (entry != nullptr) out.emplace_back(entry->path);
        }
    }
    if (rc != GIT_ITEROVER) check(rc, "cannot list merge conflicts");
    git2().git_error_clear();
    // libgit2 splits a conflict on a renamed file into entries at the old and
    // the new path; git (merge-ort) shows it at the new path only, and keeps
    // the old path only when both sides renamed it to different names
    // (rename/rename 1-to-2). The index's rename records say which is which.
    std::set<std::string> moved_away;
    const std::size_t names = git2().git_index_name_entrycount(index);
    for (std::size_t i = 0; i < names; ++i) {
        const git_index_name_entry* n = git2().git_index_name_get_byindex(index, i);
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

git_merge_options merge_options() {
    git_merge_options options;
    check(git2().git_merge_options_init(&options, GIT_MERGE_OPTIONS_VERSION), "cannot set up a merge");
    options.flags = GIT_MERGE_FIND_RENAMES;
    options.metric = git_similarity_metric();  // score rename candidates as git does
    return options;
}

}  // namespace

std::vector<std::string> find_merge_bases(const Repository& repository, const std::string& a, const std::string& b) {
    if (repository.is_shallow()) {
        // The shallow-aware walk finds the best one; criss-crosses beyond the boundary are unknowable.
        const auto one = find_merge_base(repository, a, b);
        return one ? std::vector<std::string>{*one} : std::vector<std::string>{};
    }
    const git_oid ida = parse_oid(a);
    const git_oid idb = parse_oid(b);
    GitOidArray bases;
    const int rc = git2().git_merge_bases(bases.out(), raw(repository), &ida, &idb);
    if (rc == GIT_ENOTFOUND) {
        git2().git_error_clear();
        return {};
    }
    check(rc, "cannot compute the merge bases of " + a + " and " + b);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < bases.size(); ++i) out.push_back(to_hex(bases[i]));
    return out;
}

std::optional<std::string> find_merge_base(const Repository& repository, const std::string& a, const std::string& b) {
    git_repository* repo = raw(repository);
    const git_oid ida = parse_oid(a);
    const git_oid idb = parse_oid(b);
    if (repository.is_shallow()) {
        CommitGraph graph(repo, read_shallow_boundaries(repository.common_dir()));
        const auto base = graph.merge_base(ida, idb);
        return base ? std::optional<std::string>(to_hex(*base)) : std::nullopt;
    }
    git_oid out;
    const int rc = git2().git_merge_base(&out, repo, &ida, &idb);
    if (rc == GIT_ENOTFOUND) {
        git2().git_error_clear();
        return std::nullopt;
    }
    check(rc, "cannot compute the merge base of " + a + " and " + b);
    return to_hex(out);
}

PathChanges path_changes(const Repository& repository, const std::string& base, const std::string& head) {
    git_repository* repo = raw(repository);
    const auto old_tree = tree_of(repo, base);
    const auto new_tree = tree_of(repo, head);
    PathChanges out;
    auto records = diff_trees(repo, old_tree.get(), new_tree.get());
    out.all.reserve(records.size());
    for (auto& r : records) {
        const bool structural = r.file.status == ChangeStatus::added || r.file.status == ChangeStatus::deleted;
        if (structural) out.structural.push_back(r.file.path);
        out.all.push_back(std::move(r.file.path));
    }
    sort_unique(out.all);
    sort_unique(out.structural);
    return out;
}

std::vector<std::string> changed_paths(const Repository& repository, const std::string& base, const std::string& head) {
    return path_changes(repository, base, head).all;
}

std::vector<std::string> predict_merge_conflicts(const Repository& repository, const std::string& ours,
                                                 const std::string& theirs) {
    git_repository* repo = raw(repository);
    const auto our_commit = lookup_commit(repo, parse_oid(ours), "ours");
    const auto their_commit = lookup_commit(repo, parse_oid(theirs), "theirs");
    const git_merge_options options = merge_options();
    IndexHandle index;
    check(git2().git_merge_commits(index.out(), repo, our_commit.get(), their_commit.get(), &options),
          "cannot merge " + ours + " with " + theirs + " in memory");
    return conflicted_paths(index.get());
}

struct ConflictPredictor::Impl {
    GitSession session;  // first: outlives the handles below
    RepositoryHandle repo;
    git_odb_backend* memory = nullptr;  // owned by the repository's object database
};

namespace {

// libgit2 re-reads every object a new tree names to check it exists; the
// pruned trees only name entries taken from existing trees, so the check is
// pure cost (most of a prediction). Off while any predictor lives.
std::mutex g_strict_mutex;
int g_strict_off = 0;

void relax_object_creation() {
    const std::lock_guard lock(g_strict_mutex);
    if (g_strict_off++ == 0) git2().git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 0);
}

void restore_object_creation() {
    const std::lock_guard lock(g_strict_mutex);
    if (--g_strict_off == 0) git2().git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 1);
}

}  // namespace

ConflictPredictor::ConflictPredictor(const Repository& repository) : m_impl(std::make_unique<Impl>()) {
    m_impl->repo = reopen_repository(raw(repository));
    // New objects (the pruned trees) go to memory: the highest-priority
    // backend that can write takes every write.
    OdbHandle odb;
    check(git2().git_repository_odb(odb.out(), m_impl->repo.get()), "cannot open the object database");
    git_odb_backend* memory = nullptr;
    check(git2().git_mempack_new(&memory), "cannot create an in-memory object store");
    const int rc = git2().git_odb_add_backend(odb.get(), memory, 1000);
    if (rc < 0) {
        memory->free(memory);
        throw_git_error(rc, "cannot add an in-memory object store");
    }
    m_impl->memory = memory;
    relax_object_creation();
}

ConflictPredictor::~ConflictPredictor() {
    restore_object_creation();
}

std::vector<std::string> ConflictPredictor::predict(const std::string& base, const std::string& ours,
                                                    const std::string& theirs, const std::vector<std::string>& paths) {
    git_repository* repo = m_impl->repo.get();
    const auto base_tree = tree_of(repo, base);
    const auto our_tree = tree_of(repo, ours);
    const auto their_tree = tree_of(repo, theirs);
    auto pruned = [&](const TreeHandle& full) {
        const git_oid id = pruned_tree(repo, full.get(), paths);
        TreeHandle tree;
        check(git2().git_tree_lookup(tree.out(), repo, &id), "cannot read a pruned tree");
        return tree;
    };
    std::vector<std::string> out;
    {
        const auto a = pruned(base_tree);
        const auto o = pruned(our_tree);
        const auto t = pruned(their_tree);
        const git_merge_options options = merge_options();
        IndexHandle index;
        check(git2().git_merge_trees(index.out(), repo, a.get(), o.get(), t.get(), &options),
              "cannot merge " + ours + " with " + theirs + " in memory");
        out = conflicted_paths(index.get());
    }
    // The pruned trees are throwaway; keep memory flat over many pairs.
    check(git2().git_mempack_reset(m_impl->memory), "cannot clear the in-memory object store");
    return out;
}

}  // namespace tollgate
