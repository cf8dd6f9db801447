#pragma once

#include "runner/inventory/model.hpp"

#include <string>

namespace tollgate {

/// A canonical, line-per-fact text form of everything the loader read,
/// locations included: for golden tests and `-v` debugging. Stable: same
/// inventory, same bytes.
std::string dump_inventory(const Inventory& inventory);

}  // namespace tollgate
