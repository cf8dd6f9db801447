#pragma once

// The inventory `init --from PLAN.md` drafts, before it becomes YAML text:
// the inventory's parts as plain values, each with the comments saying
// where it came from, plus what was mapped, guessed and left for a person
// (the `--report`).

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// A stream (lane) of the plan.
struct DraftStream {
    std::string id;
    std::string title;
    std::string type;
    std::string priority;
    int agents = 0;  ///< 0 = not given
    std::vector<std::string> comments;
    int line = 0;  ///< the plan line it was drafted from (the first, when several); 0 = none
};

/// A work packet of the plan.
struct DraftPacket {
    std::string id;
    std::string title;
    std::string batch;  ///< the plan's own label ("3A")
    std::string priority;
    std::string effort;  ///< tollgate's form ("2-3d"); "" = unknown
    std::string stream;
    std::vector<std::string> after;
    std::vector<std::string> prefer_after;
    std::vector<std::string> tasks;
    std::vector<std::string> comments;
    std::optional<int> last_day;  ///< the plan's day window for it ends here
    std::string doc_name;         ///< the document the plan names for it ("BATCH_1_FOUNDATION.md")
    int doc_line = 0;
    std::string doc;  ///< that document relative to the repository root, when it exists
    int line = 0;     ///< the plan line it was drafted from (the first, when several); 0 = none
};

/// A conflict zone of the plan.
struct DraftZone {
    std::string name;
    std::vector<std::string> paths;
    std::vector<std::string> owners;
    std::string rule;  ///< exclusive | extend | coordinate | shared
    std::string coordination;
    std::vector<std::string> comments;
    int line = 0;  ///< the plan line it was drafted from (the first, when several); 0 = none
};

/// A quality gate of the plan.
struct DraftGate {
    std::string id;
    std::string title;
    std::string run;
    bool manual = false;
    std::vector<std::string> labels;
    std::vector<std::string> comments;
    int line = 0;  ///< the plan line it was drafted from (the first, when several); 0 = none
};

/// A checkpoint of the plan.
struct DraftCheckpoint {
    std::string id;
    std::string title;
    std::vector<std::string> after;
    std::optional<int> due;
    bool blocker = true;
    std::vector<std::string> gates;
    std::vector<std::string> criteria;
    std::vector<std::string> comments;
    int line = 0;  ///< the plan line it was drafted from (the first, when several); 0 = none
};

/// A risk trigger of the plan.
struct DraftTrigger {
    std::string when;  ///< "" = the condition could not be mapped (kept as a comment)
    std::string action;
    std::string severity;
    std::string message;
    std::vector<std::string> comments;
    int line = 0;  ///< the plan line it was drafted from (the first, when several); 0 = none
};

/// A line of the plan the draft did not map, kept for a person.
struct LeftLine {
    int line = 0;      ///< where it starts in the plan
    std::string text;  ///< "from PLAN.md:42: …", as the comment and the report say it
};

/// Everything drafted from one plan.
struct PlanDraft {
    std::string file;  ///< the plan as named in comments ("PLAN.md")
    std::string project;
    std::string start;  ///< YYYY-MM-DD or ""
    std::vector<std::string> header_comments;
    std::vector<DraftStream> streams;
    std::vector<DraftPacket> packets;
    std::vector<DraftZone> zones;
    std::vector<DraftGate> gates;
    std::vector<DraftCheckpoint> checkpoints;
    std::vector<DraftTrigger> triggers;
    std::vector<LeftLine> left;        ///< what was not mapped, in the order it was found
    std::vector<std::string> mapped;   ///< report lines
    std::vector<std::string> guessed;  ///< report lines

    /// The packet with `id`, or nullptr.
    [[nodiscard]] DraftPacket* find_packet(const std::string& id);
    /// `base`, or `base-2`, `base-3`, … : an id no packet, gate or checkpoint
    /// has yet (they share one namespace); "item" for an empty base.
    [[nodiscard]] std::string unique_id(const std::string& base) const;
    /// "PLAN.md:42".
    [[nodiscard]] std::string at(int line) const;
};

}  // namespace tollgate
