#pragma once

// Patch coverage (DESIGN §5.7): of the coverable lines a change added or
// modified, how many ran — the figure diff-cover computes.

#include "runner/coverage/coverage_data.hpp"
#include "runner/coverage/ratio.hpp"
#include "runner/git/change_set.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// Patch coverage of one changed file.
struct PatchFile {
    std::string path;                  ///< repository path (new path of a rename)
    CoverageCounts lines;              ///< changed coverable lines / covered
    std::vector<LineRange> uncovered;  ///< changed coverable lines that never ran, as ranges
};

/// Patch coverage of a whole change.
struct PatchCoverage {
    CoverageCounts lines;                    ///< summed over files
    std::vector<PatchFile> files;            ///< changed files with at least one coverable changed line
    std::vector<std::string> unmeasured;     ///< changed text files the report does not cover
    std::vector<std::string> lines_unknown;  ///< changed files whose line data was not computed
    /// True when the change adds no coverable line: passes at 100 %, and says so.
    [[nodiscard]] bool no_coverable_lines() const { return lines.total == 0; }
};

/// Counts, per changed file (new path for renames), the added or modified
/// lines that the coverage data calls coverable, and how many of them ran.
/// Deleted and binary files have no new lines and are skipped.
PatchCoverage patch_coverage(const CoverageData& coverage, const ChangeSet& change);

/// "12-14, 20" for ranges {12,14} {20,20}.
std::string format_ranges(const std::vector<LineRange>& ranges);

}  // namespace tollgate
