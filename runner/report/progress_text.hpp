#pragma once

#include "runner/progress/progress_result.hpp"

#include <string>

namespace tollgate {

/// Seed 003's "Monitoring Dashboard" with bars (overall, per stream), time
/// elapsed and ETA, the counts; then packets, checkpoints, the execution
/// metrics and notes. Every line fits 80 columns; repository strings are
/// made printable and cut to fit.
std::string render_progress_text(const ProgressReport& report);

/// "2d 14h" for a number of days (whole hours; "0h" under one hour).
std::string format_elapsed(double days);

/// "87%" (whole percent) for a ratio in [0, ∞); "n/a" for nullopt.
std::string format_ratio(const std::optional<double>& ratio);

}  // namespace tollgate
