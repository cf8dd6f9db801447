#pragma once

#include "runner/coverage/report_input.hpp"

namespace tollgate {

/// Reads a Go coverprofile (`go test -coverprofile`, mode set|count|atomic).
/// Each block "file:L1.C1,L2.C2 statements count" with statements > 0 makes
/// lines L1..L2 coverable; a line's count is the sum of its blocks' counts
/// (so it is covered when any block on it ran). Go reports statements, not
/// lines, so these line figures are tollgate's, not `go tool cover`'s.
ParsedReport read_go_profile(const ReportInput& input);

}  // namespace tollgate
