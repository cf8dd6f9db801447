#pragma once

#include "runner/progress/progress_result.hpp"

#include <string>

namespace tollgate {

/// The report as versioned JSON (`"version": 1`): base, metrics, streams,
/// packets (status, dates, dependencies, rework), checkpoints and notes.
/// Times are ISO 8601 UTC; ratios are fractions (0.87), rounded to 4 places.
std::string render_progress_json(const ProgressReport& report);

}  // namespace tollgate
