#pragma once

#include "runner/report/zones_result.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// `zones --format json`: {"version": 1, "verb": "zones", "mode", "verdict"
/// ("pass"|"fail"), "packet", "branch", "base", "base_commit", "head",
/// "head_commit", "violations", "notes", "changed": [{"path", "old_path",
/// "status", "zone", "owner", "owners", "rule", "verdict" ("allowed"|
/// "violation"), "reason", "pattern", "pattern_where", "lines_added",
/// "lines_removed", "binary", "old_mode", "new_mode"}]} (DESIGN §4).
///
/// Paths are git's raw bytes. When they are valid UTF-8 `path`/`old_path`
/// hold them as is; otherwise the invalid bytes are shown as U+FFFD there and
/// `path_bytes`/`old_path_bytes` hold the exact bytes in base64 (RFC 4648).
/// A lookup of paths (mode "paths") has null verdicts and reasons.
std::string render_zones_json(const ZonesResult& result);

/// render_zones_json in consecutive pieces, for writing a large change out
/// without first joining tens of megabytes into one string.
std::vector<std::string> render_zones_json_parts(const ZonesResult& result);

}  // namespace tollgate
