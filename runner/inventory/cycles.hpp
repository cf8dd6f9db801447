#pragma once

#include "runner/core/diagnostic.hpp"
#include "runner/inventory/model.hpp"

namespace tollgate {

/// Reports every hard-dependency cycle (packet/checkpoint `after`, checkpoint
/// gates, gate `needs`) as an error naming it in full: "a -> b -> a".
/// References to unknown ids are ignored here (the validator reports them).
void check_cycles(const Inventory& inventory, Diagnostics& diagnostics);

}  // namespace tollgate
