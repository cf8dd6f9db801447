#pragma once

#include "runner/coverage/report_input.hpp"

namespace tollgate {

/// Reads a Cobertura XML report (gcovr, coverage.py, cobertura, …) as a stream.
/// Counts the <line> elements of each <class>'s <lines> (method lines repeat
/// them and are not counted twice), so totals equal the lines-valid /
/// lines-covered and branches-valid / branches-covered gcovr writes.
/// Branches come from condition-coverage="50% (1/2)". <sources> roots are
/// returned for path mapping. Methods become functions (hit if any line ran).
ParsedReport read_cobertura(const ReportInput& input);

}  // namespace tollgate
