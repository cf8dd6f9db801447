#pragma once

#include "runner/conflicts/conflicts_result.hpp"

#include <string>

namespace tollgate {

/// `conflicts --format json`: {"version": 1, "verb": "conflicts", "verdict",
/// "base", "base_commit", "branches": [{"name", "ref", "packet", "commit",
/// "merge_base", "changed"}], "pairs": [{"a", "b", "overlap": [{"path",
/// "zone", "rule", "owner", "owners"}], "conflicts": [...], "blocking"}],
/// "pair_count", "skipped": [{"name", "reason"}], "notes"}. Pairs without
/// overlapping files are omitted. Non-UTF-8 paths in overlap and conflicts
/// entries get "path_bytes" (base64), as in zones JSON; the plain `changed`
/// lists show them with U+FFFD for the bad bytes.
std::string render_conflicts_json(const ConflictsResult& result);

}  // namespace tollgate
