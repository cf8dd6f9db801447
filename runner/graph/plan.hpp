#pragma once

#include "runner/graph/plan_result.hpp"
#include "runner/inventory/model.hpp"

namespace tollgate {

/// Computes waves, critical path and ETA for `inventory` (DESIGN §4 `plan`).
/// Linear or n·log n in packets and dependencies. Throws InventoryError
/// naming the cycles if the hard dependencies have one.
PlanResult compute_plan(const Inventory& inventory, const PlanOptions& options);

}  // namespace tollgate
