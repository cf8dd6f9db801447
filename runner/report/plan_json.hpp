#pragma once

#include "runner/graph/plan_result.hpp"

#include <string>

namespace tollgate {

/// The plan as versioned JSON: {"version": 1, "plan": {waves, critical_path,
/// totals, eta, lanes, packets, checkpoints, …}} (DESIGN §4). Strings that are
/// not UTF-8 have their bad bytes made visible.
std::string render_plan_json(const PlanResult& plan);

}  // namespace tollgate
