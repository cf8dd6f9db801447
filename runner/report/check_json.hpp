#pragma once

// `tollgate check --format json` and --report-dir results.json (DESIGN §4).

#include "runner/verdict/check_result.hpp"

#include <string>

namespace tollgate {

/// The results.json schema of `run` (version 1) plus `changed[]` {path,
/// old_path, status, zone, owner, owners, rule, verdict, reason},
/// `checkpoints[]` {id, title, status, blocker, role, forced, due, reason},
/// `triggers[]` {when, value, fired, action, evaluated, severity, message,
/// reason}, `dependencies[]` {id, kind, satisfied, blocking, reason},
/// `gate_reasons` {gate: [why…]}, `failures`, `warnings`, `notifications`,
/// `notes`, `inventory_from`, `base_ref`, `head_ref`, `branch`,
/// `packet_source`, `today`, `dry_run`, `planned_gates`. Durations in
/// `triggers[].value` are milliseconds, coverage is %.
/// Keys sorted, pretty-printed (invalid UTF-8 replaced), with a final newline.
std::string render_check_json(const CheckResult& result);

}  // namespace tollgate
