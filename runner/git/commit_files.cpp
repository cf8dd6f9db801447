#include "runner/git/commit_files.hpp"

#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"

#include <algorithm>

namespace tollgate {

using namespace libgit;

struct CommitFiles::Impl {
    git_repository* repo = nullptr;
    std::string commit;
    TreeHandle tree;

    // The blob at `path`, or an empty handle.
    BlobHandle blob(const std::string& path) const {
        BlobHandle out;
        if (path.empty()) return out;
        TreeEntryHandle entry;
        const int rc = git2().git_tree_entry_bypath(entry.out(), tree.get(), path.c_str());
        if (rc == GIT_ENOTFOUND) {
            git2().git_error_clear();
            return out;
        }
        check(rc, "cannot look up '" + path + "' in commit " + commit);
        if (git2().git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB) return out;
        check(git2().git_blob_lookup(out.out(), repo, git2().git_tree_entry_id(entry.get())),
              "cannot read '" + path + "' of commit " + commit);
        return out;
    }
};

namespace {

int collect_blob(const char* root, const git_tree_entry* entry, void* payload) {
    if (git2().git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
    static_cast<std::vector<std::string>*>(payload)->push_back(std::string(root) + git2().git_tree_entry_name(entry));
    return 0;
}

}  // namespace

CommitFiles::CommitFiles(const Repository& repository, const std::string& commit) : m_impl(std::make_unique<Impl>()) {
    m_impl->repo = raw(repository);
    const git_oid id = resolve_commit(m_impl->repo, commit, "the base commit");
    m_impl->commit = to_hex(id);
    const auto c = lookup_commit(m_impl->repo, id, "the base commit");
    check(git2().git_commit_tree(m_impl->tree.out(), c.get()), "cannot read the tree of commit " + m_impl->commit);
}

CommitFiles::~CommitFiles() = default;

std::optional<std::string> CommitFiles::read(const std::string& path) const {
    const auto blob = m_impl->blob(path);
    if (!blob) return std::nullopt;
    const auto* data = static_cast<const char*>(git2().git_blob_rawcontent(blob.get()));
    return std::string(data, static_cast<std::size_t>(git2().git_blob_rawsize(blob.get())));
}

std::optional<std::uintmax_t> CommitFiles::size(const std::string& path) const {
    const auto blob = m_impl->blob(path);
    if (!blob) return std::nullopt;
    return static_cast<std::uintmax_t>(git2().git_blob_rawsize(blob.get()));
}

std::vector<std::string> CommitFiles::paths() const {
    std::vector<std::string> out;
    check(git2().git_tree_walk(m_impl->tree.get(), GIT_TREEWALK_PRE, &collect_blob, &out),
          "cannot list the tree of commit " + m_impl->commit);
    std::sort(out.begin(), out.end());
    return out;
}

const std::string& CommitFiles::commit() const {
    return m_impl->commit;
}

}  // namespace tollgate
