#pragma once

// PRIVATE to runner/git: the only header that includes <git2.h>. Every
// libgit2 handle is owned by a GitHandle from the moment the call that
// creates it returns, so an exception between two calls can never leak one.
//
// libgit2 is not linked: it is loaded (dlopen) the first time a verb needs
// git, and every call goes through the table git2() returns. Loading Debian's
// libgit2 and its chain (mbedTLS, libssh2, Kerberos, OpenSSL's libcrypto,
// PCRE2: 15 libraries) costs some 3 ms and 250 page faults per start, more
// than the whole of `tollgate run` or `validate` without git needs.

#include <git2.h>
#include <git2/sys/index.h>
#include <git2/sys/mempack.h>

// Where libgit2's API moved between the releases tollgate builds against
// (Debian 12: 1.5, Debian 13: 1.9), branched here and nowhere else. The
// table's types are decltype'd from these declarations, so a function whose
// signature changed fails to compile rather than to call.
#if LIBGIT2_VER_MAJOR > 1 || (LIBGIT2_VER_MAJOR == 1 && LIBGIT2_VER_MINOR >= 8)
// 1.8 moved git_error_clear (with the other error setters) out of the public
// <git2/errors.h>.
#include <git2/sys/errors.h>
#endif

#include <atomic>
#include <string>
#include <string_view>
#include <utility>

namespace tollgate::libgit {

/// Pointers to the libgit2 functions tollgate calls, resolved from the loaded library.
struct Functions {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `name` is a declarator, which parentheses would not be
#define TOLLGATE_GIT_FUNCTION(name) decltype(&::name) name = nullptr;
#include "runner/git/libgit_functions.inc"
#undef TOLLGATE_GIT_FUNCTION
};

/// The loaded table, or null before the first load (set once, never cleared).
extern std::atomic<const Functions*> g_loaded_functions;

/// Loads libgit2 and publishes its table (EnvironmentError when it cannot).
const Functions& load_git2();

/// The function table; loads libgit2 on first use (EnvironmentError when it cannot).
/// Inline: every libgit2 call goes through it, so the loaded case is one load.
inline const Functions& git2() {
    const Functions* table = g_loaded_functions.load(std::memory_order_acquire);
    return table != nullptr ? *table : load_git2();
}

/// The table member that frees a `T`.
template <typename T>
using FreeFunction = void (*)(T*);

/// Move-only owner of one libgit2 handle, released with `Free` exactly once.
template <typename T, FreeFunction<T> Functions::*Free>
class GitHandle {
public:
    GitHandle() = default;
    /// Takes ownership of `raw` (may be null).
    explicit GitHandle(T* raw) : m_raw(raw) {}
    ~GitHandle() { reset(); }
    GitHandle(const GitHandle&) = delete;
    GitHandle& operator=(const GitHandle&) = delete;
    GitHandle(GitHandle&& other) noexcept : m_raw(std::exchange(other.m_raw, nullptr)) {}
    GitHandle& operator=(GitHandle&& other) noexcept {
        if (this != &other) {
            reset();
            m_raw = std::exchange(other.m_raw, nullptr);
        }
        return *this;
    }

    /// The raw pointer, still owned by this handle.
    [[nodiscard]] T* get() const { return m_raw; }
    /// Frees any current handle and returns the slot a libgit2 creator writes into.
    [[nodiscard]] T** out() {
        reset();
        return &m_raw;
    }
    explicit operator bool() const { return m_raw != nullptr; }
    /// Frees the handle now.
    void reset() {
        if (m_raw != nullptr) (git2().*Free)(m_raw);
        m_raw = nullptr;
    }

private:
    T* m_raw = nullptr;
};

using RepositoryHandle = GitHandle<git_repository, &Functions::git_repository_free>;
using ObjectHandle = GitHandle<git_object, &Functions::git_object_free>;
using CommitHandle = GitHandle<git_commit, &Functions::git_commit_free>;
using TreeHandle = GitHandle<git_tree, &Functions::git_tree_free>;
using TreeBuilderHandle = GitHandle<git_treebuilder, &Functions::git_treebuilder_free>;
using BlobHandle = GitHandle<git_blob, &Functions::git_blob_free>;
using DiffHandle = GitHandle<git_diff, &Functions::git_diff_free>;
using PatchHandle = GitHandle<git_patch, &Functions::git_patch_free>;
using ReferenceHandle = GitHandle<git_reference, &Functions::git_reference_free>;
using ReferenceIteratorHandle = GitHandle<git_reference_iterator, &Functions::git_reference_iterator_free>;
using RevwalkHandle = GitHandle<git_revwalk, &Functions::git_revwalk_free>;
using IndexHandle = GitHandle<git_index, &Functions::git_index_free>;
using IndexConflictIteratorHandle =
    GitHandle<git_index_conflict_iterator, &Functions::git_index_conflict_iterator_free>;
using ConfigHandle = GitHandle<git_config, &Functions::git_config_free>;
using ConfigIteratorHandle = GitHandle<git_config_iterator, &Functions::git_config_iterator_free>;
using OdbHandle = GitHandle<git_odb, &Functions::git_odb_free>;
using NoteHandle = GitHandle<git_note, &Functions::git_note_free>;
using SignatureHandle = GitHandle<git_signature, &Functions::git_signature_free>;
using TreeEntryHandle = GitHandle<git_tree_entry, &Functions::git_tree_entry_free>;
using WorktreeHandle = GitHandle<git_worktree, &Functions::git_worktree_free>;

/// Owns a git_oidarray filled by libgit2.
class GitOidArray {
public:
    GitOidArray() = default;
    ~GitOidArray() { git2().git_oidarray_dispose(&m_array); }
    GitOidArray(const GitOidArray&) = delete;
    GitOidArray& operator=(const GitOidArray&) = delete;
    /// The slot a libgit2 call writes into.
    [[nodiscard]] git_oidarray* out() { return &m_array; }
    [[nodiscard]] std::size_t size() const { return m_array.count; }
    [[nodiscard]] const git_oid& operator[](std::size_t i) const { return m_array.ids[i]; }

private:
    git_oidarray m_array{nullptr, 0};
};

/// Owns a git_buf filled by libgit2.
class GitBuf {
public:
    GitBuf() = default;
    ~GitBuf() { git2().git_buf_dispose(&m_buf); }
    GitBuf(const GitBuf&) = delete;
    GitBuf& operator=(const GitBuf&) = delete;
    /// The slot a libgit2 call writes into.
    [[nodiscard]] git_buf* out() { return &m_buf; }
    [[nodiscard]] std::string str() const {
        return m_buf.ptr != nullptr ? std::string(m_buf.ptr, m_buf.size) : std::string();
    }

private:
    git_buf m_buf = GIT_BUF_INIT;
};

/// Throws the tollgate error for a failed call (rc < 0): copies
/// git_error_last() immediately, before any other call can overwrite it.
/// GIT_EINVALIDSPEC maps to UsageError (exit 2), everything else to
/// EnvironmentError (exit 3). `what` says what tollgate was doing.
[[noreturn]] void throw_git_error(int rc, std::string_view what, std::string hint = {});

/// Calls throw_git_error when rc < 0.
inline void check(int rc, std::string_view what) {
    if (rc < 0) throw_git_error(rc, what);
}

/// The last libgit2 error text (copied), or "" when none.
std::string last_error_message();

/// 40-hex form of an id.
std::string to_hex(const git_oid& id);

}  // namespace tollgate::libgit

namespace tollgate {
using libgit::git2;
}  // namespace tollgate
