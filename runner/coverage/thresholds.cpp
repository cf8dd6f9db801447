#include "runner/coverage/thresholds.hpp"

namespace tollgate {

namespace {

ThresholdCheck minimum(std::string name, std::string metric, const Percent& min, const CoverageCounts& actual,
                       std::string empty_note) {
    ThresholdCheck c{std::move(name), std::move(metric), min, actual, std::nullopt, std::nullopt, false, {}, {}};
    if (actual.empty()) {
        c.note = std::move(empty_note);
        return c;
    }
    c.passed = meets(actual, min);
    return c;
}

}  // namespace

std::vector<ThresholdCheck> evaluate_thresholds(const CoveragePolicy& policy, const CoverageTotals& totals,
                                                const PatchCoverage* patch, const CoverageBaseline* baseline) {
    std::vector<ThresholdCheck> out;
    if (policy.min) out.push_back(minimum("min", "lines", *policy.min, totals.lines, "no coverable lines"));
    if (policy.branch_min) {
        out.push_back(
            minimum("branch-min", "branches", *policy.branch_min, totals.branches, "no branch data in the report"));
    }
    if (policy.patch_min) {
        ThresholdCheck c{"patch-min", "patch", policy.patch_min, {}, std::nullopt, std::nullopt, false, {}, {}};
        if (patch == nullptr) {
            c.note = "no change to measure (give --base)";
        } else {
            c.actual = patch->lines;
            if (patch->no_coverable_lines()) {
                c.passed = true;
                c.note = "no coverable lines changed";
            } else {
                c.passed = meets(patch->lines, *policy.patch_min);
            }
        }
        out.push_back(std::move(c));
    }
    if (policy.no_drop) {
        ThresholdCheck c{"no-drop", "lines", std::nullopt, totals.lines, std::nullopt, std::nullopt, true, {}, {}};
        if (baseline != nullptr) c.baseline_source = baseline->source;
        if (baseline != nullptr && !baseline->unreadable.empty()) {
            c.passed = false;
            c.note = baseline->unreadable;
        } else if (baseline == nullptr || (!baseline->lines && !baseline->line_percent)) {
            c.note = baseline != nullptr && !baseline->missing.empty() ? baseline->missing : "no baseline recorded";
        } else if (baseline->lines) {
            c.baseline = baseline->lines;
            if (totals.lines.empty()) {
                c.passed = baseline->lines->empty();
                c.note = "no coverable lines";
            } else {
                c.passed = at_least(totals.lines, *baseline->lines);
            }
        } else {
            c.baseline_percent = baseline->line_percent;
            c.passed = meets(totals.lines, *baseline->line_percent);
            if (totals.lines.empty()) c.note = "no coverable lines";
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace tollgate
