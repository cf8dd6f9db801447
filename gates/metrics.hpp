#pragma once

#include "runner/inventory/model.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// Longest line a metric regex is applied to; longer lines are cut, so a
/// pathological line cannot make the (backtracking) regex engine explode.
inline constexpr std::size_t metric_line_limit = 4096;

/// Reads each metric from `output`: the regex is matched line by line, the
/// first capture group (or the whole match without one) is parsed as a
/// number, and the last match wins. Metrics that never match, or whose
/// capture is not a number, or whose regex is invalid, are absent.
std::map<std::string, double> extract_metrics(const std::vector<MetricSpec>& specs, std::string_view output);

}  // namespace tollgate
