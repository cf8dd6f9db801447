#pragma once

#include "runner/coverage/report_input.hpp"

namespace tollgate {

/// Reads `llvm-cov export` JSON as a stream. Line hits are derived from each
/// file's segments exactly as llvm-cov's LineCoverageStats does (a line is
/// mapped when a region starts on it or a counted region wraps into it; its
/// count is the largest of those), branches are the true/false outcomes of
/// each branch region, functions come from "functions".
ParsedReport read_llvm_json(const ReportInput& input);

}  // namespace tollgate
