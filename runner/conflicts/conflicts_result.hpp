#pragma once

// What `tollgate conflicts` found, as plain data for the renderers.

#include <string>
#include <vector>

namespace tollgate {

/// A path with the zone it falls in ("" fields when unzoned).
struct ZonedPath {
    std::string path;
    std::string zone;
    std::string rule;  ///< "exclusive" …, or "" when unzoned
    std::vector<std::string> owners;
};

/// An in-flight branch and what it changed since it left the base branch.
struct ConflictBranch {
    std::string name;                  ///< as shown, e.g. "packet/a" or "origin/packet/a"
    std::string ref;                   ///< full ref name
    std::string packet;                ///< owning packet id; "" when no packet's globs match
    std::string commit;                ///< tip
    std::string merge_base;            ///< with the base branch
    std::vector<std::string> changed;  ///< paths changed since merge_base, sorted
};

/// Two branches whose changes overlap.
struct ConflictPair {
    std::size_t first = 0;             ///< index into ConflictsResult::branches
    std::size_t second = 0;            ///< index into ConflictsResult::branches (> first)
    std::vector<ZonedPath> overlap;    ///< files both changed
    std::vector<ZonedPath> conflicts;  ///< files an in-memory merge leaves conflicted
    /// True when a predicted conflict lies in an `exclusive` zone.
    [[nodiscard]] bool blocking() const {
        for (const auto& c : conflicts) {
            if (c.rule == "exclusive") return true;
        }
        return false;
    }
};

/// A branch that matched but is not compared, and why.
struct SkippedBranch {
    std::string name;
    std::string reason;
};

/// The result of `tollgate conflicts`.
struct ConflictsResult {
    std::string base_ref;
    std::string base_commit;
    std::vector<ConflictBranch> branches;  ///< sorted by name
    std::vector<ConflictPair> pairs;       ///< only pairs with overlapping files
    std::vector<SkippedBranch> skipped;
    std::vector<std::string> notes;

    /// Number of pairs compared (every two branches).
    [[nodiscard]] std::size_t pair_count() const {
        return branches.empty() ? 0 : branches.size() * (branches.size() - 1) / 2;
    }
    /// True when no predicted conflict lies in an exclusive zone.
    [[nodiscard]] bool passed() const {
        for (const auto& p : pairs) {
            if (p.blocking()) return false;
        }
        return true;
    }
};

}  // namespace tollgate
