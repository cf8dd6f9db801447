#pragma once

// What the CI renderers (GitHub annotations and step summary, SARIF, GitLab
// code quality) report about a change: its zone verdicts and the changed
// lines no test ran. Filled by `zones` today and by `check`.

#include "runner/coverage/patch_coverage.hpp"
#include "runner/zones/ownership.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// A judged change, as plain data for the CI renderers.
struct ChangeFindings {
    std::string verb = "zones";  ///< which verb judged it (titles, SARIF tool name)
    bool passed = true;          ///< the verb's verdict
    std::string packet;          ///< "" = nobody
    std::string base_commit;
    std::string head_commit;
    /// Every judged path; violations are those with allowed == false. Their
    /// pattern_where.file is relative to the repository root.
    std::vector<PathVerdict> verdicts;
    /// Changed files with uncovered changed lines (patch coverage).
    std::vector<PatchFile> uncovered;
    /// Other reasons the verdict fails, one line each (failed gates, unmet
    /// dependencies, …): annotations without a file, and a list in the summary.
    std::vector<std::string> failures;

    /// The verdicts that are violations, in change order.
    [[nodiscard]] std::vector<const PathVerdict*> violations() const {
        std::vector<const PathVerdict*> out;
        for (const auto& v : verdicts) {
            if (!v.allowed) out.push_back(&v);
        }
        return out;
    }
};

/// One-line title of a zone violation: "Zone Migrations (exclusive, owner foundation)".
std::string violation_title(const PathVerdict& verdict);

}  // namespace tollgate
