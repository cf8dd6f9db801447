#pragma once

#include "runner/conflicts/conflicts_result.hpp"

#include <string>

namespace tollgate {

/// `conflicts --format md`: a branch-by-branch matrix (cells: "·" no
/// overlap, "N files" overlapping, "**K conflicts**" predicted conflicts,
/// with a ⛔ when one lies in an exclusive zone), then a section per
/// overlapping pair listing the files. Suitable for a job summary.
std::string render_conflicts_markdown(const ConflictsResult& result);

}  // namespace tollgate
