#pragma once

// Deterministic synthetic repository for the zone-matching benchmark: a
// directory tree of paths and a CODEOWNERS-style list of zone patterns drawn
// from it, mixing every pattern shape users write.

#include "runner/inventory/model.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace tollgate::bench {

/// The generated data: paths, and zones of consecutive patterns.
struct BenchData {
    std::vector<std::string> paths;
    Inventory inventory;  ///< zones only; patterns in CODEOWNERS order
};

/// Generates `path_count` paths and `pattern_count` patterns in zones of
/// `patterns_per_zone`; the same seed gives the same data on every platform.
BenchData generate(std::size_t path_count, std::size_t pattern_count, std::size_t patterns_per_zone,
                   std::uint64_t seed);

/// The zones as a CODEOWNERS file: one "pattern @owner" line per pattern.
std::string to_codeowners(const Inventory& inventory);

}  // namespace tollgate::bench
