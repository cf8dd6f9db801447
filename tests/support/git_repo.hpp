#pragma once

#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <string>

namespace tollgate::test {

/// A real git repository in a temp dir, driven by the git CLI with an
/// isolated configuration (no dependence on the host's ~/.gitconfig) and
/// fixed author/committer identity and dates, so histories are reproducible.
class GitRepo {
public:
    /// Creates and `git init`s a repository whose initial branch is `branch`.
    explicit GitRepo(const std::string& branch = "main");

    [[nodiscard]] const std::filesystem::path& path() const { return m_dir.path(); }
    /// Writes a file in the work tree.
    void write(const std::string& relative, const std::string& content) const;
    /// Runs `git <args>` (a shell fragment) in the repo; throws on failure; returns stdout.
    std::string git(const std::string& args) const;
    /// Stages everything and commits with `message`; returns the new commit id.
    std::string commit_all(const std::string& message) const;
    /// Runs `git <args>` with author and committer date `date` (any form git
    /// accepts, e.g. "2025-01-20T10:00:00+0200"); returns stdout.
    std::string git_at(const std::string& date, const std::string& args) const;
    /// Stages everything and commits with `message` dated `date`; returns the new commit id.
    std::string commit_all_at(const std::string& date, const std::string& message) const;
    /// The environment prefix used for every git call (exported for scripts).
    [[nodiscard]] std::string env_prefix() const;

private:
    TempDir m_dir;
    TempDir m_home;  // HOME and XDG_CONFIG_HOME point here, so host config is never read
    mutable int m_tick = 0;
};

}  // namespace tollgate::test
