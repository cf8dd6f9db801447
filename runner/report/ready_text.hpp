#pragma once

#include "runner/progress/ready_list.hpp"

#include <string>

namespace tollgate {

/// `ready` on the terminal: the packets in dispatch order, each with its
/// stream's free lanes, critical path or slack, and what it unblocks; then
/// the streams' lanes and the packets still waiting, with why.
std::string render_ready_text(const ReadyList& list, bool color);

/// "2 free lanes", "no free lane", "lanes not declared" for a stream's free lanes.
std::string free_lanes_label(const std::optional<int>& free_lanes);

/// "critical path" or "slack 1.5d".
std::string slack_label(const ReadyPacket& packet);

}  // namespace tollgate
