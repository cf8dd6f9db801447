#pragma once

// Files as a commit has them, not as the work tree does: `check
// --trusted-inventory base` reads the inventory from the base commit so a
// change cannot weaken its own gates (DESIGN §5.9).

#include "runner/git/repository.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// Read-only view of one commit's tree.
class CommitFiles {
public:
    /// `commit` is 40 hex or any revision; EnvironmentError when it does not exist.
    CommitFiles(const Repository& repository, const std::string& commit);
    ~CommitFiles();
    CommitFiles(const CommitFiles&) = delete;
    CommitFiles& operator=(const CommitFiles&) = delete;

    /// The bytes of the blob at `path` ('/'-separated, repository-relative),
    /// or nullopt when the commit has no file there.
    [[nodiscard]] std::optional<std::string> read(const std::string& path) const;
    /// The size of that blob, or nullopt when absent.
    [[nodiscard]] std::optional<std::uintmax_t> size(const std::string& path) const;
    /// Every file path of the tree, sorted bytewise.
    [[nodiscard]] std::vector<std::string> paths() const;
    /// The commit's 40-hex id.
    [[nodiscard]] const std::string& commit() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace tollgate
