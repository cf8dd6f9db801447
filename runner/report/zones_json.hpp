#pragma once

#include "runner/zones/zones_result.hpp"

#include <functional>
#include <string>
#include <string_view>

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

/// render_zones_json handed to `sink` in consecutive pieces, each valid only
/// during its call: a large change is written out through a few reused
/// buffers instead of first being built as tens of megabytes of text.
void render_zones_json_to(const ZonesResult& result, const std::function<void(std::string_view)>& sink);

}  // namespace tollgate
