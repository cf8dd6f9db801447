#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace tollgate {

/// An open git repository. The libgit2 handle stays inside runner/git
/// (repository_impl.hpp); callers see only tollgate types.
class Repository {
public:
    /// Opens the repository containing `dir`, searching upwards as git does
    /// (work trees, linked worktrees and bare repositories). Throws
    /// EnvironmentError (exit 3) when `dir` is not inside a repository.
    static Repository discover(const std::filesystem::path& dir);
    /// Same, but returns nullopt instead of throwing when there is no repository.
    static std::optional<Repository> try_discover(const std::filesystem::path& dir);

    Repository(Repository&&) noexcept;
    Repository& operator=(Repository&&) noexcept;
    ~Repository();

    /// Root of the work tree; empty for a bare repository.
    [[nodiscard]] std::filesystem::path workdir() const;
    /// The shared git directory (holds `shallow`, objects, refs).
    [[nodiscard]] std::filesystem::path common_dir() const;
    [[nodiscard]] bool is_bare() const;
    /// True when the repository is a shallow clone (has `shallow` grafts).
    [[nodiscard]] bool is_shallow() const;
    /// True when HEAD names a branch without commits yet.
    [[nodiscard]] bool head_unborn() const;
    /// Short name of the checked-out branch; "" when HEAD is detached.
    [[nodiscard]] std::string current_branch() const;

    struct Impl;
    /// The libgit2 side; only usable from runner/git sources.
    [[nodiscard]] Impl& impl() const { return *m_impl; }

private:
    explicit Repository(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace tollgate
