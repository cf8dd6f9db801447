#pragma once

#include "runner/schedule/run_result.hpp"

#include <string>

namespace tollgate {

/// summary.md: a heading with the verdict and counts, then a Markdown table
/// of gates (status, gate, duration, details) for a CI step summary or a PR
/// comment. Cell text is escaped so gate output cannot break the table.
std::string render_summary_md(const RunResult& result);

}  // namespace tollgate
