#pragma once

#include "runner/inventory/model.hpp"

#include <optional>
#include <string_view>

namespace tollgate {

/// Tells a report's format from its first bytes, never its name: XML by its
/// root element (<coverage> Cobertura, <report> JaCoCo), JSON by its first
/// key ("files"/"gcovr/format_version" gcovr, "data" llvm-cov), "mode:" Go,
/// TN:/SF:/VER: lcov. nullopt when none fits.
std::optional<CoverageFormat> sniff_format(std::string_view head);

/// Parses a --format-in / `format:` name ("lcov", "cobertura", …, "auto").
std::optional<CoverageFormat> parse_coverage_format(std::string_view name);

}  // namespace tollgate
