#pragma once

// One thing that happened in a run that an alert rule may route to a channel
// (seed 003's events, named in builtin_alert_events(), plus the events a
// trigger's `message` names). Pure data: the builders in alert_events.cpp
// make them from a check's or a run's result; routing and payloads read them.

#include <string>
#include <vector>

namespace tollgate {

/// An event with what it concerns.
struct AlertEvent {
    std::string name;        ///< "check-failed", "test-failed", "critical-bug", …
    std::string key;         ///< identity for "never twice": name, subject and commit
    std::string summary;     ///< one line saying what happened
    std::string packet;      ///< the packet it concerns, or ""
    std::string gate;        ///< the gate, or ""
    std::string checkpoint;  ///< the checkpoint, or ""
    std::string commit;      ///< the commit judged, or ""
};

}  // namespace tollgate
