#include "runner/git/tree_walk.hpp"

#include "runner/core/parallel_for.hpp"
#include "runner/git/repository_reopen.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>

namespace tollgate::libgit {

namespace {

bool is_tree(const git_tree_entry* e) {
    return git2().git_tree_entry_type(e) == GIT_OBJECT_TREE;
}

// git's tree order: names compare bytewise, a tree as if it ended in '/'.
int compare_entries(const git_tree_entry* a, const git_tree_entry* b) {
    const char* x = git2().git_tree_entry_name(a);
    const char* y = git2().git_tree_entry_name(b);
    const std::size_t lx = std::strlen(x);
    const std::size_t ly = std::strlen(y);
    const std::size_t n = lx < ly ? lx : ly;
    if (const int c = std::memcmp(x, y, n); c != 0) return c;
    const unsigned cx = lx > n ? static_cast<unsigned char>(x[n]) : (is_tree(a) ? '/' : 0U);
    const unsigned cy = ly > n ? static_cast<unsigned char>(y[n]) : (is_tree(b) ? '/' : 0U);
    return static_cast<int>(cx) - static_cast<int>(cy);
}

// A subtree pair left for later (one side may be absent: a whole subtree
// added or deleted), or a run of records already found, in path order.
struct Segment {
    std::vector<DeltaRecord> records;
    bool pending = false;
    std::string prefix;  // the subtree's path, ending in '/'
    git_oid old_tree{};
    git_oid new_tree{};
    bool has_old = false;
    bool has_new = false;
};

class Walker {
public:
    /// Walks everything, appending to `out`.
    Walker(git_repository* repo, std::vector<DeltaRecord>& out, std::string prefix = {})
        : m_repo(repo), m_out(&out), m_prefix(std::move(prefix)) {}
    /// Walks down to `split_depth` levels and leaves deeper differing subtrees as pending segments.
    Walker(git_repository* repo, std::vector<Segment>& segments, int split_depth)
        : m_repo(repo), m_segments(&segments), m_split_depth(split_depth) {}

    void walk(const git_tree* a, const git_tree* b) {
        const std::size_t na = a != nullptr ? git2().git_tree_entrycount(a) : 0;
        const std::size_t nb = b != nullptr ? git2().git_tree_entrycount(b) : 0;
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < na || j < nb) {
            const git_tree_entry* x = i < na ? git2().git_tree_entry_byindex(a, i) : nullptr;
            const git_tree_entry* y = j < nb ? git2().git_tree_entry_byindex(b, j) : nullptr;
            const int c = x == nullptr ? 1 : y == nullptr ? -1 : compare_entries(x, y);
            if (c < 0) {
                side(x, true);
                ++i;
            } else if (c > 0) {
                side(y, false);
                ++j;
            } else {
                both(x, y);
                ++i;
                ++j;
            }
        }
    }

private:
    // An entry only one side has: a whole subtree or one file, added or deleted.
    void side(const git_tree_entry* e, bool deleted) {
        if (is_tree(e)) {
            const git_oid* id = git2().git_tree_entry_id(e);
            subtrees(git2().git_tree_entry_name(e), deleted ? id : nullptr, deleted ? nullptr : id);
            return;
        }
        DeltaRecord r;
        r.file.status = deleted ? ChangeStatus::deleted : ChangeStatus::added;
        r.file.path = m_prefix + git2().git_tree_entry_name(e);
        (deleted ? r.file.old_mode : r.file.new_mode) = git2().git_tree_entry_filemode(e);
        (deleted ? r.old_id : r.new_id) = *git2().git_tree_entry_id(e);
        r.blobs_in_odb = true;
        emit(std::move(r));
    }

    void both(const git_tree_entry* x, const git_tree_entry* y) {
        const auto mx = static_cast<std::uint32_t>(git2().git_tree_entry_filemode(x));
        const auto my = static_cast<std::uint32_t>(git2().git_tree_entry_filemode(y));
        const git_oid* ix = git2().git_tree_entry_id(x);
        const git_oid* iy = git2().git_tree_entry_id(y);
        if (mx == my && git2().git_oid_equal(ix, iy) == 1) return;  // same subtree or file
        if (is_tree(x) && is_tree(y)) {
            subtrees(git2().git_tree_entry_name(x), ix, iy);
            return;
        }
        // A tree never pairs with a file of the same name: compare_entries
        // sorts them apart, so both are files (or links, or submodules) here.
        DeltaRecord r;
        r.file.status = (mx & 0170000) == (my & 0170000) ? ChangeStatus::modified : ChangeStatus::type_changed;
        r.file.path = m_prefix + git2().git_tree_entry_name(y);
        r.file.old_mode = mx;
        r.file.new_mode = my;
        r.old_id = *ix;
        r.new_id = *iy;
        r.blobs_in_odb = true;
        emit(std::move(r));
    }

    // Descends into the subtree `name` (ids null for an absent side), or
    // leaves it for later at the split depth.
    void subtrees(const char* name, const git_oid* old_id, const git_oid* new_id) {
        const std::size_t length = m_prefix.size();
        m_prefix += name;
        m_prefix += '/';
        if (m_segments != nullptr && m_depth == m_split_depth) {
            Segment s;
            s.pending = true;
            s.prefix = m_prefix;
            if (old_id != nullptr) s.old_tree = *old_id, s.has_old = true;
            if (new_id != nullptr) s.new_tree = *new_id, s.has_new = true;
            m_segments->push_back(std::move(s));
        } else {
            const TreeHandle a = lookup(old_id);
            const TreeHandle b = lookup(new_id);
            ++m_depth;
            walk(a.get(), b.get());
            --m_depth;
        }
        m_prefix.resize(length);
    }

    TreeHandle lookup(const git_oid* id) {
        TreeHandle tree;
        if (id != nullptr) check(git2().git_tree_lookup(tree.out(), m_repo, id), "cannot read tree " + m_prefix);
        return tree;
    }

    void emit(DeltaRecord r) {
        if (m_out != nullptr) {
            m_out->push_back(std::move(r));
            return;
        }
        if (m_segments->empty() || m_segments->back().pending) m_segments->emplace_back();
        m_segments->back().records.push_back(std::move(r));
    }

    git_repository* m_repo;
    std::vector<DeltaRecord>* m_out = nullptr;
    std::vector<Segment>* m_segments = nullptr;
    int m_split_depth = -1;
    int m_depth = 0;
    std::string m_prefix;
};

}  // namespace

std::vector<DeltaRecord> diff_trees(git_repository* repo, const git_tree* old_tree, const git_tree* new_tree) {
    std::vector<DeltaRecord> out;
    Walker(repo, out).walk(old_tree, new_tree);
    return out;
}

std::vector<DeltaRecord> diff_trees_in_parallel(git_repository* repo, const git_tree* old_tree,
                                                const git_tree* new_tree) {
    // Two levels down a large tree has enough subtrees to share out (src/X/
    // for a repository of areas) while the walk above them stays cheap.
    constexpr int k_split_depth = 1;  // the depth of the walk that meets them
    std::vector<Segment> segments;
    Walker(repo, segments, k_split_depth).walk(old_tree, new_tree);
    std::vector<Segment*> pending;
    for (auto& s : segments) {
        if (s.pending) pending.push_back(&s);
    }
    parallel_for(
        pending.size(), useful_threads(pending.size(), 4),
        [&](std::size_t t) { return t > 0 ? reopen_repository(repo) : RepositoryHandle(); },
        [&](RepositoryHandle& own, std::size_t i) {
            Segment& s = *pending[i];
            git_repository* r = own ? own.get() : repo;
            TreeHandle a;
            TreeHandle b;
            if (s.has_old) check(git2().git_tree_lookup(a.out(), r, &s.old_tree), "cannot read tree " + s.prefix);
            if (s.has_new) check(git2().git_tree_lookup(b.out(), r, &s.new_tree), "cannot read tree " + s.prefix);
            // A subtree rarely changes more files than the larger side has
            // entries directly under it: sized once, the records are not
            // moved again and again as the list grows (pages untouched until used).
            const std::size_t na = a ? git2().git_tree_entrycount(a.get()) : 0;
            const std::size_t nb = b ? git2().git_tree_entrycount(b.get()) : 0;
            s.records.reserve(std::max(na, nb));
            Walker(r, s.records, s.prefix).walk(a.get(), b.get());
        });
    std::size_t total = 0;
    for (const auto& s : segments) total += s.records.size();
    std::vector<DeltaRecord> out;
    out.reserve(total);
    for (auto& s : segments) std::move(s.records.begin(), s.records.end(), std::back_inserter(out));
    return out;
}

}  // namespace tollgate::libgit
