#pragma once

// The events of a check or a run (issue 19's list): pure functions of the
// result and the inventory.

#include "runner/alerts/alert_event.hpp"
#include "runner/inventory/model.hpp"
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

}  // namespace tollgate
