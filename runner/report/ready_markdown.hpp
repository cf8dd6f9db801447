#pragma once

#include "runner/progress/ready_list.hpp"

#include <string>

namespace tollgate {

/// `ready --format md`: a table of the packets in dispatch order (for a job
/// summary or an issue), then the packets still waiting and why.
std::string render_ready_markdown(const ReadyList& list);

}  // namespace tollgate
