#pragma once

// Coverage thresholds (DESIGN §3 `coverage:` keys): min, branch-min,
// patch-min and no-drop, each judged exactly on integers.

#include "runner/coverage/coverage_data.hpp"
#include "runner/coverage/patch_coverage.hpp"
#include "runner/coverage/ratio.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// The thresholds to hold a coverage result to. Per-zone and per-packet
/// minimums are not part of this yet.
struct CoveragePolicy {
    std::optional<Percent> min;         ///< whole-project line %
    std::optional<Percent> branch_min;  ///< whole-project branch %
    std::optional<Percent> patch_min;   ///< % of changed coverable lines
    bool no_drop = false;               ///< line % never below the baseline's
};

/// A previously recorded coverage figure to compare against (no-drop).
struct CoverageBaseline {
    std::optional<CoverageCounts> lines;  ///< exact counts, when recorded
    std::optional<Percent> line_percent;  ///< else the recorded percentage (results.json "line")
    std::optional<CoverageCounts> branches;
    std::string source;  ///< where it came from, for messages ("baseline.json")
    /// Set when no figure is known: why ("no recorded coverage for base …");
    /// no-drop passes and shows it.
    std::string missing;
    /// Set when the record exists but cannot be read: why; no-drop fails and shows it.
    std::string unreadable;
};

/// One threshold's verdict with the exact figures behind it.
struct ThresholdCheck {
    std::string name;                         ///< "min", "branch-min", "patch-min", "no-drop"
    std::string metric;                       ///< "lines", "branches", "patch"
    std::optional<Percent> required;          ///< the minimum (not for no-drop)
    CoverageCounts actual;                    ///< the figure judged
    std::optional<CoverageCounts> baseline;   ///< no-drop: the recorded counts
    std::optional<Percent> baseline_percent;  ///< no-drop: the recorded percentage, when counts are not known
    bool passed = false;
    std::string note;             ///< "no coverable lines", "no coverable lines changed", "no baseline recorded", …
    std::string baseline_source;  ///< no-drop: where the baseline came from
};

/// Judges `totals` (and `patch`, `baseline` when given) against `policy`.
/// An empty total fails min/branch-min ("no coverable lines": the report
/// cannot show the figure asked for); a change without coverable lines
/// passes patch-min at 100 % and says so; no-drop without a baseline passes
/// and says "no baseline recorded" (or the baseline's `missing`); an
/// unreadable baseline fails no-drop with its reason.
std::vector<ThresholdCheck> evaluate_thresholds(const CoveragePolicy& policy, const CoverageTotals& totals,
                                                const PatchCoverage* patch, const CoverageBaseline* baseline);

}  // namespace tollgate
