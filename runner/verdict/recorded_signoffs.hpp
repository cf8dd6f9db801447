#pragma once

// Manual gates signed off through the history store (DESIGN §5.6: "a
// `Verified: GATE-ID` trailer on the change or a recorded note"): a record
// of kind "signoff" on a commit of the change whose gates list the gate
// as "passed". Pure over the parsed notes.

#include "runner/progress/history.hpp"

#include <set>
#include <string>
#include <vector>

namespace tollgate {

/// The record kind that signs gates off.
inline constexpr const char* k_signoff_record_kind = "signoff";

/// The gates signed off in `notes` (the change's commits' records).
std::set<std::string> signed_off_in_records(const std::vector<CommitRecords>& notes);

}  // namespace tollgate
