#pragma once

// What `tollgate zones` found, as plain data for the renderers.

#include "runner/git/change_set.hpp"
#include "runner/zones/ownership.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// One path with its zone, the pattern that put it there, and the verdict.
struct ZonesEntry {
    PathVerdict verdict;    ///< zone, pattern, owners, rule, verdict and reason (judge_ownership)
    ChangedFile file;       ///< status, modes and line counts as git reported them
};

/// The result of `tollgate zones`: a lookup of paths, or a judged change.
struct ZonesResult {
    ChangeMode mode = ChangeMode::paths;
    bool judged = false;  ///< verdicts computed (a change; not for a lookup of paths)
    std::string packet;   ///< packet of the change; "" = nobody / unknown
    std::string branch;
    std::string base_ref;
    std::string base_commit;
    std::string head_ref;
    std::string head_commit;
    std::vector<ZonesEntry> entries;
    std::vector<std::string> notes;
    int violations = 0;

    /// True when nothing was judged a violation.
    [[nodiscard]] bool passed() const { return violations == 0; }
};

}  // namespace tollgate
