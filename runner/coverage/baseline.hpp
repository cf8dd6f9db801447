#pragma once

// Where no-drop finds the figure to compare with. Today: a file given with
// --baseline (a previous results.json, or the JSON of `tollgate coverage
// --format json`). Reading the value recorded in git notes on the base
// commit (DESIGN §5.10) plugs in as another BaselineSource later.

#include "runner/coverage/thresholds.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// Reads a baseline from JSON text. Accepts `{"totals": {"lines": {"covered", "total"}}}`
/// (coverage JSON), the same under "coverage", or a results.json whose
/// gates[] carry such a "coverage" object or the run's figures
/// `"coverage": {"line": 80.0}` (a percentage; compared exactly as written);
/// `gate_id` picks one gate when several do. Throws ReportError when
/// nothing usable is found.
CoverageBaseline parse_baseline(std::string_view json, const std::string& origin, const std::string& gate_id = {});

/// Reads a baseline file; EnvironmentError (exit 3) when it is missing.
CoverageBaseline load_baseline(const std::filesystem::path& path, const std::string& gate_id = {});

}  // namespace tollgate
