#pragma once

#include "runner/schedule/gate_plan.hpp"
#include "runner/schedule/run_result.hpp"

#include "runner/core/json_writer.hpp"

#include <string>

namespace tollgate {

/// Bytes of a gate's output kept in results.json `output_tail` (the end of
/// the log, where summaries and the final error usually are).
inline constexpr std::size_t results_output_tail_limit = 16 * 1024;

/// Which members of results.json write_results_members writes: all of
/// them, or all but those `check` writes itself (version, verdict, packet,
/// base, head, changed, checkpoints, triggers).
enum class ResultsMembers { run, shared_with_check };

/// The members of results.json (DESIGN §4, `"version": 1`): verdict, packet,
/// base, head, changed[], gates[] {id, status, exit_code, duration_s,
/// metrics, coverage, outcome, reason, flaky, attempts, output_tail, …},
/// checkpoints[], triggers[] (empty until `check` fills them), and a
/// summary; also `tollgate` (version), `commit`, `inventory_digest` and
/// `selected` (every selected gate id before sharding), which let
/// `merge-results` recognise the shards of one run. Written into the open
/// object of `w`, a writer with sorted keys (the documented order); `check`
/// extends them rather than writing its own.
void write_results_members(JsonWriter& w, const RunResult& result, ResultsMembers which = ResultsMembers::run);

/// results.json text: pretty-printed, invalid UTF-8 replaced, ending in a newline.
std::string render_results_json(const RunResult& result);

/// `run --dry-run --format json`: {"version": 1, "jobs", "shard", "other_shards",
/// "gates": [{id, number, wave, needs[], manual, requested, timeout_s, retries}]}.
std::string render_gate_plan_json(const GatePlan& plan, int jobs);

/// The last `limit` bytes of `text`, cut at a UTF-8 character boundary.
std::string utf8_tail(const std::string& text, std::size_t limit);

}  // namespace tollgate
