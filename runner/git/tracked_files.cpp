#include "runner/git/tracked_files.hpp"

#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"

#include <algorithm>

namespace tollgate {

using namespace libgit;

namespace {

int collect_blob(const char* root, const git_tree_entry* entry, void* payload) {
    if (git2().git_tree_entry_type(entry) == GIT_OBJECT_TREE) return 0;
    auto* out = static_cast<std::vector<std::string>*>(payload);
    out->push_back(std::string(root) + git2().git_tree_entry_name(entry));
    return 0;
}

std::vector<std::string> head_tree_files(const Repository& repository) {
    std::vector<std::string> out;
    if (repository.head_unborn()) return out;
    const git_oid id = resolve_commit(raw(repository), "HEAD", "HEAD");
    const auto commit = lookup_commit(raw(repository), id, "HEAD");
    TreeHandle tree;
    check(git2().git_commit_tree(tree.out(), commit.get()), "cannot read HEAD's tree");
    check(git2().git_tree_walk(tree.get(), GIT_TREEWALK_PRE, &collect_blob, &out), "cannot list HEAD's tree");
    return out;
}

}  // namespace

std::vector<std::string> list_tracked_files(const Repository& repository) {
    std::vector<std::string> out;
    if (repository.is_bare()) {
        out = head_tree_files(repository);
    } else {
        IndexHandle index;
        check(git2().git_repository_index(index.out(), raw(repository)), "cannot read the index");
        const std::size_t count = git2().git_index_entrycount(index.get());
        out.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            const git_index_entry* entry = git2().git_index_get_byindex(index.get(), i);
            // Conflicted paths appear once per stage; the index is sorted by path.
            if (!out.empty() && out.back() == entry->path) continue;
            out.emplace_back(entry->path);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace tollgate
