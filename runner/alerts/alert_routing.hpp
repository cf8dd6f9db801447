#pragma once

// Which channel gets which events: the inventory's `alerts: rules:` applied
// to a run's events. One message per channel, so a failing check with three
// failing gates is one Slack post, not four.

#include "runner/alerts/alert_event.hpp"
#include "runner/inventory/model.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// What one channel is sent: its events, at the highest level a rule gave them.
struct AlertMessage {
    const AlertChannel* channel = nullptr;
    std::string level;  ///< info, warning or critical
    std::vector<AlertEvent> events;
};

/// The messages for `events`, in the order the channels are defined; a
/// channel no rule routes an event to gets none.
std::vector<AlertMessage> route_alerts(const std::vector<AlertEvent>& events, const Alerts& alerts);

}  // namespace tollgate
