#pragma once

#include "runner/progress/progress_result.hpp"

#include <string>

namespace tollgate {

/// Seed 003's "Monitoring Dashboard" with bars (overall, per stream), time
/// elapsed and ETA, the counts; then packets, checkpoints, the execution
/// metrics and notes. Every line fits 80 columns; repository strings are
/// made printable and cut to fit.
std::string render_progress_text(const ProgressReport& report);

}  // namespace tollgate
