#pragma once

// PRIVATE to runner/git: a commit walker that understands shallow clones.
// libgit2 1.5.1 knows nothing of `.git/shallow` grafts: walking past a
// boundary commit fails on the missing parent. This walker treats boundary
// commits as roots, as git itself does, so merge bases and commit ranges
// inside the fetched history are found and missing ones are reported.

#include "runner/git/libgit.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tollgate::libgit {

/// The boundary commits listed in `<common_dir>/shallow` (empty when not shallow).
std::unordered_set<std::string> read_shallow_boundaries(const std::filesystem::path& common_dir);

/// Walks commits with shallow boundaries cut off.
class CommitGraph {
public:
    CommitGraph(git_repository* repo, std::unordered_set<std::string> boundaries);

    /// Best common ancestor of `a` and `b` within the available history
    /// (git's paint-down algorithm); nullopt when none is reachable.
    std::optional<git_oid> merge_base(const git_oid& a, const git_oid& b);
    /// Commits reachable from `head` but not from `base`, newest first.
    std::vector<git_oid> range(const git_oid& base, const git_oid& head);
    /// True when `id`'s parents were cut off by the shallow clone.
    [[nodiscard]] bool is_boundary(const git_oid& id) const;
    /// True when the walk of the last call stopped at a boundary commit.
    [[nodiscard]] bool hit_boundary() const { return m_hit_boundary; }

private:
    struct Node {
        git_oid id;
        long long time = 0;
        std::vector<git_oid> parents;
        unsigned flags = 0;
    };
    Node& node(const git_oid& id);
    void clear_flags();

    git_repository* m_repo;
    std::unordered_set<std::string> m_boundaries;
    std::unordered_map<std::string, Node> m_nodes;
    bool m_hit_boundary = false;
};

}  // namespace tollgate::libgit
