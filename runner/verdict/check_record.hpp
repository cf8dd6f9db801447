#pragma once

// `check --record` (DESIGN §5.10): the check's result as a history record
// of kind "check", for `report` and no-drop to read back. Pure.

#include "runner/progress/history_record.hpp"
#include "runner/verdict/check_result.hpp"

namespace tollgate {

/// The record of a finished check: its verdict, packet, the gates it ran
/// (with coverage figures), its checkpoints and its triggers.
HistoryRecord record_from_check(const CheckResult& result, long long time);

}  // namespace tollgate
