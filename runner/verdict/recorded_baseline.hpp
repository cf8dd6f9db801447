#pragma once

// no-drop's figure from history (DESIGN §5.10): the coverage a gate had on
// the base commit, as `tollgate run --record` (or `check --record`) stored
// it in the commit's git note under refs/notes/tollgate. Pure over the
// parsed note; check_pipeline reads the note once per check.

#include "runner/coverage/thresholds.hpp"
#include "runner/progress/history.hpp"

#include <string>

namespace tollgate {

/// The baseline of gate `gate_id` in `base` (the base commit's records):
/// the line figure of the newest record whose gate `gate_id` carries one.
/// Without one, `missing` says so (no-drop passes and shows it); when the
/// note has unreadable lines and no usable figure, `unreadable` names the
/// first bad line (no-drop fails with it).
/// `base_ref` names the branch to record on in that message ("" = "the base branch").
CoverageBaseline recorded_baseline(const CommitRecords& base, const std::string& gate_id,
                                   const std::string& base_ref = {});

}  // namespace tollgate
