#pragma once

#include "runner/coverage/report_input.hpp"

namespace tollgate {

/// Reads an lcov tracefile (geninfo format, lcov 1.x and 2.x records).
/// Records for the same SF are merged the way `lcov --summary` merges them:
/// line hits summed, branches keyed by (line, block, branch) with "-" meaning
/// never executed, functions keyed by name; LF/LH/BRF/BRH/FNF/FNH are ignored
/// and recomputed, and files without DA lines are dropped, as lcov does.
/// Throws ReportError (file:line) on malformed records or a missing end_of_record.
ParsedReport read_lcov(const ReportInput& input);

}  // namespace tollgate
