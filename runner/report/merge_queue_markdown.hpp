#pragma once

#include "runner/progress/merge_queue.hpp"

#include <string>

namespace tollgate {

/// `ready --merge --format md`: the merge order as a table, then the
/// branches that may not merge with check's reasons (for a job summary).
std::string render_merge_queue_markdown(const MergeQueue& queue);

}  // namespace tollgate
