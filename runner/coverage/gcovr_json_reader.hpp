#pragma once

#include "runner/coverage/report_input.hpp"

namespace tollgate {

/// Reads `gcovr --json` output as a stream. A line counts when its
/// "gcovr/noncode" flag is false (as gcovr's own summary does), its branches
/// only then; functions come from "functions". Files merge by path, counts sum.
ParsedReport read_gcovr_json(const ReportInput& input);

}  // namespace tollgate
