#pragma once

// The plans and histories the end-to-end and pipeline tests judge changes
// in, built once here instead of being re-declared in each test file.

#include "tests/support/git_repo.hpp"

#include <map>
#include <string>

namespace tollgate::test {

/// The Migrations plan: `lead` owns the plan file, `foundation` owns
/// database/migrations/ exclusively, `services` waits for foundation and
/// checkpoint cp-1 (due day 2, gate migrate), `look` is a manual gate and
/// `docs` runs only for docs/ changes; a notify trigger on packet.delay.
const std::string& foundation_plan();

/// Files by path, with their contents.
using Files = std::map<std::string, std::string>;

/// A repository on branch `main` with a plan committed as its first commit,
/// and helpers for the packet branches a scenario needs.
class Scenario {
public:
    /// Commits `plan` as tollgate.yml with database/migrations/001.sql and
    /// README.md on main.
    explicit Scenario(const std::string& plan = foundation_plan());

    /// The repository.
    [[nodiscard]] const GitRepo& repo() const { return m_repo; }
    /// The repository's work tree.
    [[nodiscard]] const std::filesystem::path& path() const { return m_repo.path(); }
    /// Checks out a new `branch` from `from`, writes `files` and commits them; returns the commit.
    std::string branch(const std::string& branch, const Files& files, const std::string& message,
                       const std::string& from = "main") const;
    /// Merges `branch` into main with a merge commit, then checks main out.
    void merge(const std::string& branch) const;
    /// foundation's second migration on packet/foundation, merged into main.
    void merge_foundation() const;
    /// merge_foundation, then services' first file (src/service.py) committed
    /// with `message` on packet/services, which stays checked out.
    void services_after_foundation(const std::string& message) const;

private:
    GitRepo m_repo;
};

}  // namespace tollgate::test
