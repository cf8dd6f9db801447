#pragma once

// Reading a results.json back (for `merge-results`): the inverse of
// results_json() for every field a renderer uses.

#include "runner/schedule/run_result.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace tollgate {

/// A results.json read back: the run, plus the raw document for fields that
/// RunResult does not hold (`changed`, `checkpoints`, `triggers` of `check`).
struct LoadedResults {
    std::string name;  ///< where it came from, for messages
    RunResult run;
    nlohmann::json document;
};

/// Parses results.json text. Throws UsageError naming `name` and the first
/// field that is missing or of the wrong type, or an unsupported version.
/// A gate's `output_tail` becomes its output (results.json keeps the last
/// 16 KiB of a failing gate's log).
LoadedResults parse_results_json(std::string_view text, const std::string& name);

/// Reads and parses a file; EnvironmentError when it cannot be read.
LoadedResults read_results_json(const std::string& path);

}  // namespace tollgate
