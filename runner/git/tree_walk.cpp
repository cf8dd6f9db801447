#include "runner/git/tree_walk.hpp"

#include <cstring>
#include <string>

namespace tollgate::libgit {

namespace {

bool is_tree(const git_tree_entry* e) { return git2().git_tree_entry_type(e) == GIT_OBJECT_TREE; }

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

class Walker {
public:
    Walker(git_repository* repo, std::vector<DeltaRecord>& out) : m_repo(repo), m_out(out) {}

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
            descend(e, [&](const git_tree* t) { deleted ? walk(t, nullptr) : walk(nullptr, t); });
            return;
        }
        DeltaRecord r;
        r.file.status = deleted ? ChangeStatus::deleted : ChangeStatus::added;
        r.file.path = m_prefix + git2().git_tree_entry_name(e);
        (deleted ? r.file.old_mode : r.file.new_mode) = git2().git_tree_entry_filemode(e);
        (deleted ? r.old_id : r.new_id) = *git2().git_tree_entry_id(e);
        r.blobs_in_odb = true;
        m_out.push_back(std::move(r));
    }

    void both(const git_tree_entry* x, const git_tree_entry* y) {
        const auto mx = static_cast<std::uint32_t>(git2().git_tree_entry_filemode(x));
        const auto my = static_cast<std::uint32_t>(git2().git_tree_entry_filemode(y));
        if (mx == my && git2().git_oid_equal(git2().git_tree_entry_id(x), git2().git_tree_entry_id(y)) == 1) return;  // same subtree or file
        if (is_tree(x) && is_tree(y)) {
            const std::size_t length = m_prefix.size();
            m_prefix += git2().git_tree_entry_name(x);
            m_prefix += '/';
            TreeHandle tx;
            TreeHandle ty;
            check(git2().git_tree_lookup(tx.out(), m_repo, git2().git_tree_entry_id(x)), "cannot read tree " + m_prefix);
            check(git2().git_tree_lookup(ty.out(), m_repo, git2().git_tree_entry_id(y)), "cannot read tree " + m_prefix);
            walk(tx.get(), ty.get());
            m_prefix.resize(length);
            return;
        }
        // A tree never pairs with a file of the same name: compare_entries
        // sorts them apart, so both are files (or links, or submodules) here.
        DeltaRecord r;
        r.file.status = (mx & 0170000) == (my & 0170000) ? ChangeStatus::modified : ChangeStatus::type_changed;
        r.file.path = m_prefix + git2().git_tree_entry_name(y);
        r.file.old_mode = mx;
        r.file.new_mode = my;
        r.old_id = *git2().git_tree_entry_id(x);
        r.new_id = *git2().git_tree_entry_id(y);
        r.blobs_in_odb = true;
        m_out.push_back(std::move(r));
    }

    template <typename Visit>
    void descend(const git_tree_entry* e, Visit visit) {
        const std::size_t length = m_prefix.size();
        m_prefix += git2().git_tree_entry_name(e);
        m_prefix += '/';
        TreeHandle tree;
        check(git2().git_tree_lookup(tree.out(), m_repo, git2().git_tree_entry_id(e)), "cannot read tree " + m_prefix);
        visit(tree.get());
        m_prefix.resize(length);
    }

    git_repository* m_repo;
    std::vector<DeltaRecord>& m_out;
    std::string m_prefix;
};

}  // namespace

std::vector<DeltaRecord> diff_trees(git_repository* repo, const git_tree* old_tree, const git_tree* new_tree) {
    std::vector<DeltaRecord> out;
    Walker(repo, out).walk(old_tree, new_tree);
    return out;
}

}  // namespace tollgate::libgit
