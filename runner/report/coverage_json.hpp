#pragma once

#include "runner/coverage/coverage_evaluation.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace tollgate {

/// The coverage result as JSON (the `coverage` object of a gate in
/// results.json): reports, totals {lines, branches, functions: {covered,
/// total, percent}}, patch, thresholds[], unmatched[], warnings[], verdict.
/// percent is truncated to two decimals, null when nothing was coverable.
nlohmann::json coverage_to_json(const CoverageResult& result);

/// `tollgate coverage --format json`: {"version": 1, …coverage_to_json}.
std::string render_coverage_json(const CoverageResult& result);

}  // namespace tollgate
