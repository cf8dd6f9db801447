#pragma once

// The small phrases plans are written in: efforts ("2-3 days", "4h"),
// references to packets ("Batch 1, 2", "All previous", "None", "3A"), and
// day windows ("Days 8-15").

#include "runner/init/plan_draft.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// A plan's effort in tollgate's form ("2-3 days" -> "2-3d", "4 hours" ->
/// "4h", "1 week" -> "5d"); nullopt when it is no effort.
std::optional<std::string> parse_plan_effort(std::string_view text);

/// The packets `text` names, in the draft's order: "None" -> none, "All
/// previous" -> every packet before `self`, "all others" -> every packet
/// but `self`; else each word or number that is a packet's batch label
/// or id ("Batch 1, 2"), a label naming a group ("3" -> 3A, 3B, 3C).
/// Words that name no packet are ignored.
std::vector<std::string> resolve_packet_refs(std::string_view text, const PlanDraft& draft,
                                             const std::string& self = {});

/// The last day of a "Days 8-15" / "Day 3" window in `text`.
std::optional<int> last_day_of(std::string_view text);

/// `text` in lower case (ASCII).
std::string lower(std::string_view text);

}  // namespace tollgate
