#pragma once

// Splitting a run across CI machines (`--shard K/N`). Every shard computes
// the same split from the same inventory and selection, so the shards
// together run each gate exactly once.

#include "runner/core/duration.hpp"
#include "runner/schedule/run_result.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// Parses "K/N" with 1 ≤ K ≤ N; throws UsageError otherwise.
Shard parse_shard(std::string_view text);

/// Assigns each gate (ids[i], whose needs are needs[i] as indices) to a shard
/// 0…count-1. Gates connected through `needs` stay together, so a shard never
/// waits on another. Components are placed largest first on the least loaded
/// shard (longest-processing-time), weighing each gate by its recorded
/// duration; a gate without one weighs the mean of the recorded ones, and
/// without any record every gate weighs the same. Ties break by gate id,
/// so the split is stable.
std::vector<int> assign_shards(const std::vector<std::string>& ids, const std::vector<std::vector<std::size_t>>& needs,
                               int count, const std::map<std::string, Millis>& durations);

}  // namespace tollgate
