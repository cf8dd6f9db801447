#pragma once

#include "runner/progress/ready_list.hpp"

#include <string>

namespace tollgate {

/// `ready --format json`: {"version": 1, "verb": "ready", "project", "base",
/// "base_commit", "include_started", "packets": [{"id", "title", "batch",
/// "priority", "stream", "free_lanes" (null: the stream declares no agents),
/// "started", "critical", "slack_hours", "effort_hours", "unblocks": [ids],
/// "doc", "branches"}] in dispatch order, "streams": [{"id", "title",
/// "agents", "in_progress", "free_lanes"}], "waiting": [{"id", "state",
/// "started", "reason", "waiting_on": [{"id", "checkpoint", "state"}]}]}.
std::string render_ready_json(const ReadyList& list);

}  // namespace tollgate
