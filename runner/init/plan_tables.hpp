#pragma once

// The Markdown tables of a plan, recognised by their header cells rather
// than one plan's wording: packet tables (batch or id, name or title,
// priority, effort, dependencies, owner), conflict-zone tables (area and
// primary owner, with the rule read from the owner's phrase), and lane
// tables ("Agent A | Agent B" over the packets each lane carries).

#include "runner/init/plan_context.hpp"

namespace tollgate {

/// Drafts packets from every packet table; their `after` edges once all rows are known.
void read_packet_tables(PlanContext& context);

/// Drafts streams from lane tables and puts each packet they list in its lane.
void read_lane_tables(PlanContext& context);

/// Drafts zones from conflict-zone tables (after the packets, whose ids they name).
void read_zone_tables(PlanContext& context);

/// The zone rule an owner phrase states ("Batch 1 only" -> exclusive,
/// "creates, others extend" -> extend, "creates, others use" -> coordinate,
/// "owns section" -> shared) and the words that state it; rule "" when none does.
struct InferredRule {
    std::string rule;
    std::string phrase;
};
InferredRule infer_zone_rule(std::string_view owner_text);

}  // namespace tollgate
