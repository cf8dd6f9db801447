#pragma once

#include "runner/graph/plan_result.hpp"

#include <string>

namespace tollgate {

/// The plan as seed 000's "Execution Strategy" reads: phase by phase with
/// days, what runs in parallel and what each packet waits for, checkpoints
/// with due day and criteria, then critical path, totals and ETA. Lines fit
/// 80 columns unless a single id is longer.
std::string render_plan_text(const PlanResult& plan);

}  // namespace tollgate
