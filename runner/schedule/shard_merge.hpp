#pragma once

// `merge-results`: the shards' results.json files back into the one run they
// split, so its verdict, junit.xml and summary.md read as an unsharded run's.

#include "runner/schedule/results_reader.hpp"
#include "runner/schedule/run_result.hpp"

#include <vector>

namespace tollgate {

/// Merges the results of shards 1…N of one run. Refuses (UsageError, exit 2,
/// naming the files) a file that is not a shard, shards of different runs
/// (commit, inventory digest, selected gates, shard count, packet, base or
/// head differ), a shard given twice, missing shards, and gates reported by
/// two shards or by none. The merged run has the gates in plan order,
/// numbered as the unsharded run numbers them, the longest shard's wall
/// clock as its duration, and no shard.
RunResult merge_shards(const std::vector<LoadedResults>& shards);

}  // namespace tollgate
