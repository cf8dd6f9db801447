#include "runner/git/commit_range.hpp"

#include "runner/git/commit_graph.hpp"
#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"
#include "runner/git/trailers.hpp"

namespace tollgate {

using namespace libgit;

namespace {

ChangeCommit describe(git_repository* repo, const git_oid& id) {
    const auto commit = lookup_commit(repo, id, "change history");
    ChangeCommit out;
    out.id = to_hex(id);
    const char* summary = git2().git_commit_summary(commit.get());
    out.summary = summary != nullptr ? summary : "";
    out.time = git2().git_commit_time(commit.get());
    const char* message = git2().git_commit_message(commit.get());
    for (auto& t : parse_trailers(message != nullptr ? message : "")) {
        out.trailers.emplace(std::move(t.key), std::move(t.value));
    }
    return out;
}

}  // namespace

std::vector<ChangeCommit> read_commit_range(const Repository& repository, const std::string& base,
                                            const std::string& head) {
    git_repository* repo = raw(repository);
    const git_oid base_id = parse_oid(base);
    const git_oid head_id = parse_oid(head);
    std::vector<git_oid> ids;
    if (repository.is_shallow()) {
        // libgit2's revwalk would try to load the parents the clone cut off.
        CommitGraph graph(repo, read_shallow_boundaries(repository.common_dir()));
        ids = graph.range(base_id, head_id);
    } else {
        RevwalkHandle walk;
        check(git2().git_revwalk_new(walk.out(), repo), "cannot walk the history");
        check(git2().git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME), "cannot walk the history");
        check(git2().git_revwalk_push(walk.get(), &head_id), "cannot walk from " + head);
        check(git2().git_revwalk_hide(walk.get(), &base_id), "cannot walk from " + base);
        git_oid id;
        int rc = 0;
        while ((rc = git2().git_revwalk_next(&id, walk.get())) == 0) ids.push_back(id);
        if (rc != GIT_ITEROVER) check(rc, "cannot walk the history " + base + ".." + head);
        git2().git_error_clear();
    }
    std::vector<ChangeCommit> out;
    out.reserve(ids.size());
    for (const auto& id : ids) out.push_back(describe(repo, id));
    return out;
}

}  // namespace tollgate
