#include "runner/git/commit_log.hpp"

#include "runner/core/error.hpp"
#include "runner/git/libgit.hpp"
#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"

namespace tollgate {

namespace {

using namespace libgit;

LoggedCommit to_logged(git_commit* c) {
    LoggedCommit out;
    out.id = to_hex(*git2().git_commit_id(c));
    const unsigned count = git2().git_commit_parentcount(c);
    for (unsigned i = 0; i < count; ++i) out.parents.push_back(to_hex(*git2().git_commit_parent_id(c, i)));
    const git_signature* author = git2().git_commit_author(c);
    out.author_time = static_cast<long long>(author->when.time);
    out.author_offset = author->when.offset;
    out.commit_time = static_cast<long long>(git2().git_commit_time(c));
    const char* summary = git2().git_commit_summary(c);
    out.summary = summary != nullptr ? summary : "";
    // Trailers live after the title; a message of one line has none.
    const char* body = git2().git_commit_body(c);
    if (body != nullptr && *body != '\0') {
        const char* message = git2().git_commit_message(c);
        out.trailers = parse_trailers(message != nullptr ? message : "");
    }
    return out;
}

}  // namespace

std::vector<LoggedCommit> log_commits(const Repository& repository, const std::string& tip,
                                      const std::vector<std::string>& hide) {
    if (repository.is_shallow()) {
        // Walking stops (or fails) at the shallow boundary; the report would
        // call the cut-off part of the history "not there". Say so instead.
        throw EnvironmentError("the repository is a shallow clone: the progress report needs the whole history",
                               "fetch it all: `git fetch --unshallow` (in GitHub Actions: fetch-depth: 0)");
    }
    git_repository* repo = raw(repository);
    RevwalkHandle walk;
    check(git2().git_revwalk_new(walk.out(), repo), "cannot walk the history");
    check(git2().git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL), "cannot walk the history");
    const git_oid start = resolve_commit(repo, tip, "history tip");
    check(git2().git_revwalk_push(walk.get(), &start), "cannot walk the history");
    for (const auto& h : hide) {
        const git_oid id = resolve_commit(repo, h, "history limit");
        check(git2().git_revwalk_hide(walk.get(), &id), "cannot walk the history");
    }
    std::vector<LoggedCommit> out;
    git_oid id;
    for (;;) {
        const int rc = git2().git_revwalk_next(&id, walk.get());
        if (rc == GIT_ITEROVER) break;
        if (rc < 0) {
            throw_git_error(rc, "cannot walk the history of " + tip);
        }
        CommitHandle commit;
        const int lookup = git2().git_commit_lookup(commit.out(), repo, &id);
        if (lookup < 0) {
            throw_git_error(lookup, "commit " + to_hex(id) + " is missing from the history of " + tip);
        }
        out.push_back(to_logged(commit.get()));
    }
    return out;
}

std::vector<FileHunks> first_parent_hunks(const Repository& repository, const std::string& commit) {
    git_repository* repo = raw(repository);
    const git_oid id = resolve_commit(repo, commit, "commit");
    const CommitHandle c = lookup_commit(repo, id, "commit");
    TreeHandle new_tree;
    check(git2().git_commit_tree(new_tree.out(), c.get()), "cannot read the tree of " + to_hex(id));
    TreeHandle old_tree;
    if (git2().git_commit_parentcount(c.get()) > 0) {
        CommitHandle parent;
        check(git2().git_commit_parent(parent.out(), c.get(), 0), "cannot read the parent of " + to_hex(id));
        check(git2().git_commit_tree(old_tree.out(), parent.get()),
              "cannot read the tree of a parent of " + to_hex(id));
    }
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    DiffHandle diff;
    check(git2().git_diff_tree_to_tree(diff.out(), repo, old_tree.get(), new_tree.get(), &options),
          "cannot diff " + to_hex(id));
    std::vector<FileHunks> out;
    const std::size_t deltas = git2().git_diff_num_deltas(diff.get());
    for (std::size_t i = 0; i < deltas; ++i) {
        PatchHandle patch;
        check(git2().git_patch_from_diff(patch.out(), diff.get(), i), "cannot diff " + to_hex(id));
        const git_diff_delta* delta = git2().git_patch_get_delta(patch.get());
        FileHunks file;
        const bool deleted = delta->status == GIT_DELTA_DELETED;
        file.path = deleted ? delta->old_file.path : delta->new_file.path;
        if (delta->status != GIT_DELTA_ADDED) file.old_path = delta->old_file.path;
        file.binary = (delta->flags & GIT_DIFF_FLAG_BINARY) != 0;
        file.deleted = deleted;
        const std::size_t hunks = git2().git_patch_num_hunks(patch.get());
        for (std::size_t h = 0; h < hunks; ++h) {
            const git_diff_hunk* hunk = nullptr;
            std::size_t lines = 0;
            check(git2().git_patch_get_hunk(&hunk, &lines, patch.get(), h), "cannot diff " + to_hex(id));
            file.hunks.push_back({hunk->old_start, hunk->old_lines, hunk->new_start, hunk->new_lines});
        }
        out.push_back(std::move(file));
    }
    return out;
}

}  // namespace tollgate
