#pragma once

#include "runner/coverage/coverage_evaluation.hpp"

#include <string>

namespace tollgate {

/// The coverage result for a terminal: totals, patch coverage with the
/// uncovered changed lines per file, each threshold with its exact figures,
/// and the verdict. Percentages are truncated to two decimals.
std::string render_coverage_text(const CoverageResult& result);

/// Warnings for stderr: unmatched report files and reader warnings ("" when none).
std::string render_coverage_warnings(const CoverageResult& result);

/// "78.57 % (11 of 14)", or "n/a (no coverable lines)".
std::string describe_counts(const CoverageCounts& counts, const std::string& empty_text = "no coverable lines");

}  // namespace tollgate
