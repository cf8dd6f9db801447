#pragma once

#include "runner/conflicts/conflicts_result.hpp"

#include <string>

namespace tollgate {

/// `conflicts` for people: the base, each branch with its packet and file
/// count, then every overlapping pair with its predicted conflicts (zone and
/// rule of each) and the other overlapping files (which merge cleanly), and a
/// verdict line. Paths are escaped with printable().
std::string render_conflicts_text(const ConflictsResult& result, bool color);

}  // namespace tollgate
