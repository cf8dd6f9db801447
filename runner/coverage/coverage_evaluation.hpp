#pragma once

// The coverage gate as one computation: read the reports, map their paths
// onto the repository, merge, total, measure the change, judge the
// thresholds. Used by `tollgate coverage` and by the coverage gate; the
// result is rendered by runner/report/coverage_*.

#include "runner/coverage/patch_coverage.hpp"
#include "runner/coverage/path_mapper.hpp"
#include "runner/coverage/resolve_paths.hpp"
#include "runner/coverage/thresholds.hpp"
#include "runner/git/change_set.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// What the repository looks like, for path mapping.
struct RepositoryFiles {
    bool known = false;                ///< false outside a repository: paths are kept as written
    std::string root;                  ///< absolute work-tree root
    std::vector<std::string> tracked;  ///< git ls-files
};

/// A minimum on part of the tree (a gate's `coverage: zones:` entry): line
/// % over the report files `includes` accepts (repository paths).
struct CoverageScope {
    std::string name;  ///< "zone Migrations", for messages
    Percent min;
    std::function<bool(const std::string& path)> includes;
};

/// Everything the evaluation needs; no I/O beyond reading the report files.
struct CoverageRequest {
    std::vector<std::string> reports;  ///< report files, merged in order
    CoverageFormat format = CoverageFormat::auto_detect;
    std::vector<PathMapRule> path_maps;        ///< --path-map rules
    CoveragePolicy policy;                     ///< thresholds to judge
    std::optional<CoverageBaseline> baseline;  ///< for no-drop
    /// Patch coverage is measured when set; the change outlives the evaluation
    /// (a check shares its one copy with every coverage gate).
    const ChangeSet* change = nullptr;
    RepositoryFiles repository;
    /// Per-zone minimums, judged after the policy's; a scope without
    /// coverable lines passes and says "no coverable lines in it" (plans
    /// name zones before their code exists).
    std::vector<CoverageScope> scopes;
};

/// One report as read.
struct ReportSummary {
    std::string path;                                     ///< as given
    CoverageFormat format = CoverageFormat::auto_detect;  ///< as read (sniffed or named)
    std::size_t files = 0;                                ///< source files it covers
};

/// The immutable outcome, ready to render.
struct CoverageResult {
    std::vector<ReportSummary> reports;                        ///< in the order read
    CoverageTotals totals;                                     ///< over every file of every report
    std::optional<PatchCoverage> patch;                        ///< when a change was given
    std::string base_ref, base_commit, head_ref, head_commit;  ///< when a change was measured
    std::vector<ThresholdCheck> checks;
    std::vector<UnmatchedFile> unmatched;  ///< report files no tracked file matches
    std::vector<Diagnostic> warnings;      ///< from the readers (negative counts, skipped elements)

    /// True when every threshold passed.
    [[nodiscard]] bool passed() const;
};

/// Runs the whole evaluation. Throws EnvironmentError/ReportError (exit 3)
/// for missing, unreadable or foreign reports.
CoverageResult evaluate_coverage(const CoverageRequest& request);

/// Builds the result from coverage already merged (the readers' work done);
/// for callers and tests that hold the data in memory.
CoverageResult judge_coverage(ResolvedCoverage coverage, const CoverageRequest& request);

}  // namespace tollgate
