#pragma once

// What `tollgate zones` found, as plain data for the renderers.

#include "runner/git/change_set.hpp"
#include "runner/zones/ownership.hpp"

#include <string>
#include <utility>
#include <vector>

namespace tollgate {

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
    // Two parallel lists rather than one of pairs: judge_ownership's output
    // and git's files are kept as they were made, since moving 20,000 of
    // each into pairs cost more than judging them.
    std::vector<PathVerdict> verdicts;  ///< per path: zone, pattern, owners, rule, verdict, reason
    std::vector<ChangedFile> files;     ///< files[i] is verdicts[i]'s path as git reported it (modes, lines)
    std::vector<std::string> notes;
    int violations = 0;

    /// Appends one path with its verdict.
    void add(PathVerdict verdict, ChangedFile file) {
        verdicts.push_back(std::move(verdict));
        files.push_back(std::move(file));
    }

    /// True when nothing was judged a violation.
    [[nodiscard]] bool passed() const { return violations == 0; }
};

}  // namespace tollgate
