#pragma once

// `tollgate ready`: the dispatch list (issue #18). The packets that may
// start now (runner/progress/readiness), each with its stream's free lanes,
// its slack on the critical path of the remaining work and how many open
// packets it unblocks, in dispatch order: critical path first, then most
// unblocked, then priority, then id. Pure over the inventory and the
// progress report; the renderers are in runner/report/ready_*.

#include "runner/inventory/model.hpp"
#include "runner/progress/progress_result.hpp"
#include "runner/progress/readiness.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// A stream's lanes: `agents` minus the packets in progress on it.
struct ReadyStream {
    std::string id;  ///< "" for packets without a stream
    std::string title;
    std::optional<int> agents;      ///< nullopt when the inventory declares no such stream
    int in_progress = 0;            ///< packets with commits that are not done (in progress or blocked)
    std::optional<int> free_lanes;  ///< max(0, agents − in_progress); nullopt without agents
};

/// One packet that may start now.
struct ReadyPacket {
    std::string id;
    std::string title;
    std::string batch;
    std::string priority;  ///< the packet's, else its stream's
    std::string stream;
    std::optional<int> free_lanes;      ///< its stream's (ReadyStream::free_lanes)
    bool started = false;               ///< has commits (only with --include-started)
    bool critical = false;              ///< on the critical path of the remaining work
    double slack_hours = 0;             ///< how long it may slip before the ETA moves (mid estimate)
    double effort_hours = 0;            ///< mid estimate; 0 without one
    std::vector<std::string> unblocks;  ///< open packets waiting on it, directly or through a checkpoint
    std::string doc;                    ///< its `doc`, "" when none
    std::vector<std::string> branches;  ///< its branch globs
};

/// The dispatch list.
struct ReadyList {
    int version = 1;
    std::string project;
    std::string base_ref;
    std::string base_commit;
    bool include_started = false;
    std::vector<ReadyPacket> packets;      ///< dispatch order
    std::vector<ReadyStream> streams;      ///< inventory order, then undeclared ones
    std::vector<PacketReadiness> waiting;  ///< open packets that may not start yet, inventory order, and why
};

/// Builds the list for `inventory` from `progress` (compute_progress over it).
ReadyList compute_ready_list(const Inventory& inventory, const ProgressReport& progress,
                             const ReadinessOptions& options);

/// Orders priorities: "critical" and "P0" first, then "high"/"P1",
/// "medium"/"P2", "low"/"P3", other "Pn" by n, and anything else or none last.
int priority_rank(const std::string& priority);

}  // namespace tollgate
