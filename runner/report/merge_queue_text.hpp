#pragma once

#include "runner/progress/merge_queue.hpp"

#include <string>

namespace tollgate {

/// `ready --merge` on the terminal: the branches that may merge, in merge
/// order, each with its predicted conflicts and the branches it follows;
/// then those that may not, with check's reasons.
std::string render_merge_queue_text(const MergeQueue& queue, bool color);

/// "conflicts with nothing" or "conflicts with packet/b (2 files), …".
std::string merge_conflicts_label(const MergeBranch& branch);

}  // namespace tollgate
