#pragma once

#include "runner/core/diagnostic.hpp"
#include "runner/inventory/model.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// Checks the zones against the repository's tracked files for `validate`
/// (DESIGN §4): invalid patterns are errors at the pattern's file:line:col;
/// dead patterns (no tracked file), patterns shadowed by later ones (every
/// file they match is won by a later pattern) and files claimed by zones of
/// different owners are warnings, since plans name areas before they exist;
/// a note counts the tracked files in no zone. Overlaps are reported once per
/// pair (losing pattern, winning pattern) with a count and a first example,
/// not per file and not between two losing patterns. Linear in paths times
/// the few patterns each path's segments can select (see ZoneMap).
void lint_zones(const Inventory& inventory, const std::vector<std::string>& tracked_paths, Diagnostics& diagnostics);

}  // namespace tollgate
