#pragma once

#include "runner/progress/merge_queue.hpp"

#include <string>

namespace tollgate {

/// `ready --merge --format json`: version 1, verb "ready", mode "merge"
/// (docs/ready.md lists every field).
std::string render_merge_queue_json(const MergeQueue& queue);

}  // namespace tollgate
