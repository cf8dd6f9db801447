#include "runner/git/commit_graph.hpp"

#include "runner/git/revision.hpp"

#include <algorithm>
#include <fstream>

namespace tollgate::libgit {

namespace {

constexpr unsigned k_parent1 = 1;
constexpr unsigned k_parent2 = 2;
constexpr unsigned k_stale = 4;
constexpr unsigned k_result = 8;

struct Queued {
    long long time;
    std::size_t order;  // insertion order breaks ties deterministically
    git_oid id;
    bool operator<(const Queued& other) const {
        if (time != other.time) return time < other.time;
        return order > other.order;
    }
};

}  // namespace

std::unordered_set<std::string> read_shallow_boundaries(const std::filesystem::path& common_dir) {
    std::unordered_set<std::string> out;
    std::ifstream in(common_dir / "shallow");
    std::string line;
    while (std::getline(in, line)) {
        if (line.size() >= GIT_OID_HEXSZ) out.insert(line.substr(0, GIT_OID_HEXSZ));
    }
    return out;
}

CommitGraph::CommitGraph(git_repository* repo, std::unordered_set<std::string> boundaries)
    : m_repo(repo), m_boundaries(std::move(boundaries)) {}

bool CommitGraph::is_boundary(const git_oid& id) const {
    return m_boundaries.count(to_hex(id)) > 0;
}

CommitGraph::Node& CommitGraph::node(const git_oid& id) {
    const std::string key = to_hex(id);
    auto it = m_nodes.find(key);
    if (it != m_nodes.end()) return it->second;
    const auto commit = lookup_commit(m_repo, id, "history walk");
    Node n;
    n.id = id;
    n.time = git2().git_commit_time(commit.get());
    if (m_boundaries.count(key) == 0) {
        const unsigned count = git2().git_commit_parentcount(commit.get());
        for (unsigned i = 0; i < count; ++i) n.parents.push_back(*git2().git_commit_parent_id(commit.get(), i));
    }
    return m_nodes.emplace(key, std::move(n)).first->second;
}

void CommitGraph::clear_flags() {
    for (auto& [key, n] : m_nodes) n.flags = 0;
    m_hit_boundary = false;
}

std::optional<git_oid> CommitGraph::merge_base(const git_oid& a, const git_oid& b) {
    clear_flags();
    if (git2().git_oid_equal(&a, &b)) return a;
    // A max-heap in a vector, so the "anything fresh left?" scan needs no copy.
    std::vector<Queued> heap;
    std::size_t order = 0;
    auto push = [&](const git_oid& id, unsigned flags) {
        Node& n = node(id);
        n.flags |= flags;
        heap.push_back({n.time, order++, id});
        std::push_heap(heap.begin(), heap.end());
    };
    auto any_fresh = [&] {
        // git's queue_has_nonstale: stop once every queued commit is stale.
        return std::any_of(heap.begin(), heap.end(),
                           [&](const Queued& q) { return (node(q.id).flags & k_stale) == 0; });
    };
    push(a, k_parent1);
    push(b, k_parent2);
    std::optional<git_oid> best;
    while (!heap.empty() && any_fresh()) {
        std::pop_heap(heap.begin(), heap.end());
        const git_oid id = heap.back().id;
        heap.pop_back();
        Node& n = node(id);
        unsigned flags = n.flags & (k_parent1 | k_parent2 | k_stale);
        if (flags == (k_parent1 | k_parent2)) {
            // The first commit painted by both sides is the newest common
            // ancestor; later ones are older candidates git would drop too.
            if (!best) best = id;
            n.flags |= k_result;
            flags |= k_stale;
        }
        if (is_boundary(id)) m_hit_boundary = true;
        const auto parents = n.parents;  // node() below may rehash the map
        for (const auto& p : parents) {
            if ((node(p).flags & flags) == flags) continue;
            push(p, flags);
        }
    }
    return best;
}

std::vector<git_oid> CommitGraph::range(const git_oid& base, const git_oid& head) {
    clear_flags();
    // Mark everything reachable from base, then collect what head adds.
    std::vector<git_oid> stack{base};
    while (!stack.empty()) {
        const git_oid id = stack.back();
        stack.pop_back();
        Node& n = node(id);
        if ((n.flags & k_parent1) != 0) continue;
        n.flags |= k_parent1;
        if (is_boundary(id)) m_hit_boundary = true;
        for (const auto& p : std::vector<git_oid>(n.parents)) stack.push_back(p);
    }
    std::vector<git_oid> out;
    stack = {head};
    while (!stack.empty()) {
        const git_oid id = stack.back();
        stack.pop_back();
        Node& n = node(id);
        if ((n.flags & (k_parent1 | k_parent2)) != 0) continue;
        n.flags |= k_parent2;
        out.push_back(id);
        if (is_boundary(id)) m_hit_boundary = true;
        for (const auto& p : std::vector<git_oid>(n.parents)) stack.push_back(p);
    }
    std::stable_sort(out.begin(), out.end(),
                     [&](const git_oid& x, const git_oid& y) { return node(x).time > node(y).time; });
    return out;
}

}  // namespace tollgate::libgit
