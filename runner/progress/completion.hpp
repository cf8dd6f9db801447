#pragma once

// One packet's completion report in the shape of seed 000's "Completion
// Report Requirements": what was done (files, by zone), what was skipped or
// remains (with the reason), issues (failed gates, zone violations) and
// recommendations for the next batch (the packets it unblocks).

#include "runner/git/change_set.hpp"
#include "runner/inventory/model.hpp"
#include "runner/progress/progress.hpp"
#include "runner/zones/ownership.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// Changed files of one zone.
struct ZoneFiles {
    std::string zone;  ///< "" for unzoned paths
    std::string rule;
    std::vector<std::string> owners;
    std::vector<std::string> paths;
};

/// The report for one packet.
struct CompletionReport {
    PacketProgress packet;
    std::string doc;                 ///< its work packet document, if any
    std::vector<std::string> tasks;  ///< checklist items from the inventory
    std::string gates_record;        ///< "<commit> at <time>" of the record the gates come from; "" if none
    std::vector<std::string> gates_passed;
    std::vector<std::string> gates_failed;  ///< "id (status)"
    std::vector<std::string> gates_not_recorded;
    std::vector<ZoneFiles> files_by_zone;
    std::vector<PathVerdict> violations;
    std::vector<std::string> remaining;  ///< what is left, each with its reason
    std::vector<std::string> unblocks;   ///< packets waiting on this one, and whether they are then ready
    std::vector<std::string> notes;
};

/// The packet's changes to judge: one per landing commit (its first parent
/// to it) and one per branch with unmerged work (merge base to tip).
std::vector<ChangeSet> read_packet_changes(const Repository& repository, const GitFacts& facts,
                                           const PacketProgress& packet);

/// Builds the report. `changes` come from read_packet_changes.
CompletionReport compute_completion(const Inventory& inventory, const ProgressReport& progress, const GitFacts& facts,
                                    const std::string& packet_id, const std::vector<ChangeSet>& changes);

}  // namespace tollgate
