#pragma once

// The events of a check or a run (issue 19's list): pure functions of the
// result and the inventory.

#include "runner/alerts/alert_event.hpp"
#include "runner/inventory/model.hpp"
#include "runner/progress/progress_result.hpp"
#include "runner/schedule/run_result.hpp"
#include "runner/verdict/check_result.hpp"

#include <vector>

namespace tollgate {

/// check-passed or check-failed, test-failed and deployment-failed per failing
/// gate, checkpoint-passed/-failed per evaluated checkpoint, task-delayed,
/// trigger-fired per fired trigger and the event its `message` names.
std::vector<AlertEvent> events_of_check(const CheckResult& result, const Inventory& inventory);

/// test-failed and deployment-failed per failing gate of a `run`.
std::vector<AlertEvent> events_of_run(const RunResult& result);

/// The nightly digest's events (`report --notify`), from what git says now:
/// task-complete per done packet, checkpoint-passed/-failed per decided
/// checkpoint, task-delayed per open packet past its planned finish, and
/// packet-stalled per packet in progress whose newest commit is older than
/// the inventory's `alerts.stalled-after` (none without it). Keys match
/// check's for the same fact, so a checkpoint a check already announced is
/// not announced again by the digest.
std::vector<AlertEvent> events_of_progress(const ProgressReport& report, const Inventory& inventory);

}  // namespace tollgate
