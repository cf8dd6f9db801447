#pragma once

// `tollgate brief P` (issue 18): the assignment an agent gets for one packet,
// shaped like seed 000's "Agent Assignment Template", computed from the same
// inventory and the same rules `check` holds the packet's merge to. Pure:
// the inventory in, an immutable model out; renderers are in runner/report.

#include "runner/inventory/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// What a packet may do in a zone, as judge_ownership would decide it.
enum class ZoneAccess {
    owned,           ///< one of its owners: write freely
    extend,          ///< add lines and files, remove or rewrite none
    coordinate,      ///< allowed with a `Coordinated-With:` trailer (or --ack) naming an owner
    must_not_touch,  ///< exclusive to others (or a rule no trailer satisfies): any change fails check
    shared,          ///< everybody's
};

/// "owned", "extend", "coordinate", "must-not-touch", "shared".
std::string to_string(ZoneAccess access);

/// One zone as the packet sees it.
struct BriefZone {
    std::string name;
    std::vector<std::string> patterns;  ///< CODEOWNERS patterns as written
    std::string where;                  ///< file:line of the zone
    std::string rule;                   ///< the zone's rule
    std::vector<std::string> owners;
    std::string coordination;  ///< the zone's `coordination` text
    ZoneAccess access = ZoneAccess::shared;
    std::string requires_text;  ///< the trailer or acknowledgement it needs ("" when none)
};

/// A file (or pattern) the agent should read, and why it is listed.
struct BriefContextFile {
    std::string path;
    std::string source;  ///< "doc", "context", "context of batch-1"
};

/// A gate check runs for the packet, and why.
struct BriefGate {
    std::string id;
    std::string title;
    std::string command;           ///< as the inventory writes it
    std::vector<std::string> why;  ///< "packet batch-3a", "checkpoint after-batch-1", "changed: …"
    bool advisory = false;         ///< only non-blocker checkpoints pick it
    bool conditional = false;      ///< runs only when the change matches its `changed` patterns
};

/// A coverage threshold that applies to the packet's change.
struct BriefThreshold {
    std::string gate;
    std::string scope;  ///< "project", "branch", "patch", "no-drop", "zone NAME", "packet ID"
    std::optional<double> min;
    std::string note;  ///< e.g. "replaces the project min for this packet"
};

/// A checkpoint the packet waits for or completes.
struct BriefCheckpoint {
    std::string id;
    std::string title;
    std::string role;  ///< "waits for" (in its `after`), "completes" (lists it in `after`)
    bool blocker = true;
    std::vector<std::string> gates;
    std::vector<std::string> criteria;
    std::string due;  ///< "day 3", "2025-02-01" or ""
};

/// A `block` trigger whose metric the packet's check can measure.
struct BriefTrigger {
    std::string when;
    std::string action;
    std::string severity;
    std::string message;
};

/// The whole assignment.
struct PacketBrief {
    std::string id;
    std::string title;
    std::string batch;
    std::string priority;
    std::string effort;
    std::string stream;
    std::string stream_title;
    std::string description;
    std::string project;
    std::string doc;  ///< relative to the inventory's folder; "" when none
    std::vector<BriefContextFile> context;
    std::vector<std::string> tasks;
    std::vector<std::string> after;            ///< hard dependencies (packets and checkpoints)
    std::string branch;                        ///< the branch to push: the first literal `branches` entry
    std::vector<std::string> branch_patterns;  ///< every `branches` entry
    std::string base;                          ///< the integration branch ("" = remote HEAD, else main)
    std::vector<BriefZone> zones;              ///< every zone, in inventory order
    std::vector<BriefGate> gates;
    std::string run_command;  ///< "tollgate run --packet P"
    std::vector<BriefThreshold> thresholds;
    std::vector<BriefCheckpoint> checkpoints;
    std::vector<BriefTrigger> triggers;
    std::vector<std::string> report;  ///< the completion report it owes
    bool report_is_default = true;
    std::string zone_check_command;  ///< "tollgate zones --packet P --" (append the paths)

    /// The zones with `access`, in inventory order.
    [[nodiscard]] std::vector<const BriefZone*> zones_with(ZoneAccess access) const;
};

/// Seed 000's four items: what a packet owes when the inventory names no `report:`.
const std::vector<std::string>& default_completion_report();

/// The first `branches` entry with no glob character (`*`, `?`, `[`), or "".
std::string first_literal_branch(const Packet& packet);

/// How `packet` may change files of `zone`: the decision judge_ownership
/// makes for it, before any change exists.
ZoneAccess zone_access(const Zone& zone, const std::string& packet);

/// The brief of `packet_id`. Throws UsageError for an unknown id (with a "did you mean").
PacketBrief make_packet_brief(const Inventory& inventory, const std::string& packet_id);

}  // namespace tollgate
