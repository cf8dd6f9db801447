#include "runner/git/pruned_tree.hpp"

#include <map>
#include <optional>
#include <string_view>

namespace tollgate::libgit {

namespace {

using Paths = std::vector<std::string_view>;

// Builds the pruned form of `tree` for `paths` (relative to it); nullopt when
// nothing of it survives.
std::optional<git_oid> prune(git_repository* repo, const git_tree* tree, const Paths& paths) {
    // Group by first component; an empty rest means "this entry, whole".
    std::map<std::string_view, Paths> groups;
    for (const auto path : paths) {
        const auto slash = path.find('/');
        auto& rest = groups[path.substr(0, slash)];
        rest.push_back(slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1));
    }
    TreeBuilderHandle builder;
    check(git2().git_treebuilder_new(builder.out(), repo, nullptr), "cannot build a tree");
    for (const auto& [name, rests] : groups) {
        const std::string key(name);
        const git_tree_entry* entry = git2().git_tree_entry_byname(tree, key.c_str());
        if (entry == nullptr) continue;
        bool whole = git2().git_tree_entry_type(entry) != GIT_OBJECT_TREE;
        for (const auto rest : rests) whole = whole || rest.empty();
        if (whole) {
            check(git2().git_treebuilder_insert(nullptr, builder.get(), key.c_str(), git2().git_tree_entry_id(entry),
                                                git2().git_tree_entry_filemode(entry)),
                  "cannot build a tree");
            continue;
        }
        TreeHandle subtree;
        check(git2().git_tree_lookup(subtree.out(), repo, git2().git_tree_entry_id(entry)), "cannot read tree " + key);
        if (const auto child = prune(repo, subtree.get(), rests)) {
            check(git2().git_treebuilder_insert(nullptr, builder.get(), key.c_str(), &*child, GIT_FILEMODE_TREE),
                  "cannot build a tree");
        }
    }
    if (git2().git_treebuilder_entrycount(builder.get()) == 0) return std::nullopt;
    git_oid id;
    check(git2().git_treebuilder_write(&id, builder.get()), "cannot write a tree");
    return id;
}

}  // namespace

git_oid pruned_tree(git_repository* repo, const git_tree* tree, const std::vector<std::string>& paths) {
    Paths views(paths.begin(), paths.end());
    if (const auto id = prune(repo, tree, views)) return *id;
    TreeBuilderHandle empty;
    check(git2().git_treebuilder_new(empty.out(), repo, nullptr), "cannot build a tree");
    git_oid id;
    check(git2().git_treebuilder_write(&id, empty.get()), "cannot write a tree");
    return id;
}

}  // namespace tollgate::libgit
