#pragma once

#include "runner/coverage/coverage_evaluation.hpp"

#include <string>

namespace tollgate {

/// `tollgate coverage --format json`: {"version": 1, "verdict", "reports",
/// "totals" {lines, branches, functions: {covered, total, percent}},
/// "patch", "thresholds"[], "unmatched"[], "warnings"[]}, keys sorted.
/// percent is truncated to two decimals, null when nothing was coverable.
std::string render_coverage_json(const CoverageResult& result);

}  // namespace tollgate
