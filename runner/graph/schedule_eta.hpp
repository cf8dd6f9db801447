#pragma once

// The ETA: a list-scheduling simulation of the plan on a fixed number of
// lanes (agents). Lanes come from, in order of precedence:
//   --lanes N   one common pool of N lanes, whatever the streams say;
//   streams     each stream is a pool of `agents` lanes (at least 1) and a
//               packet runs only on its own stream's lanes; packets without a
//               known stream share one extra lane (and a note says so);
//   otherwise   one common pool as wide as the widest wave, i.e. enough lanes
//               that only the dependencies limit parallelism.
// Whenever lanes are free, the ready packet with the longest chain of work
// still behind it (hard and honoured soft edges) starts first; ties go to
// plan order. Checkpoints and packets without effort take no time or lane;
// done packets count as complete at the start.

#include "runner/graph/plan_graph.hpp"
#include "runner/graph/plan_result.hpp"
#include "runner/graph/waves.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// Working hours as whole minutes, so event times compare exactly.
long long to_minutes(double hours);

/// Which pool of lanes each node runs on.
struct LanePlan {
    std::vector<LanePool> pools;
    std::vector<int> pool_of;  ///< per node; -1 for checkpoints
    int total = 1;
    std::string source;  ///< "option", "streams" or "widest wave"
    std::vector<std::string> notes;
};

/// Chooses the lanes as described above; `done` marks done packet nodes.
LanePlan plan_lanes(const Inventory& inventory, const PlanGraph& graph, const WaveLayout& layout,
                    const std::vector<char>& done, std::optional<int> lanes);

/// When one node ran in the simulation (minutes from the start).
struct NodeTiming {
    long long start = 0;
    long long end = 0;
    int lane = 0;  ///< 1-based within its pool; 0 when it took none
};

/// The simulated schedule.
struct SimulatedSchedule {
    std::vector<NodeTiming> nodes;
    long long span = 0;  ///< when the last node completes
};

/// Runs the simulation with `minutes[node]` of work per node.
SimulatedSchedule simulate_schedule(const PlanGraph& graph, const WaveLayout& layout, const LanePlan& lanes,
                                    const std::vector<long long>& minutes, const std::vector<char>& done);

}  // namespace tollgate
