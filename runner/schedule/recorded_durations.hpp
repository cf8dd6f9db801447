#pragma once

#include "runner/core/duration.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace tollgate {

/// Gate durations from a previous run's results.json (`gates[].id` and
/// `duration_s`), used to balance `--shard`. Gates that never ran (skipped,
/// manual) are left out. Throws UsageError when the text is not a results.json.
std::map<std::string, Millis> parse_recorded_durations(std::string_view json_text, const std::string& name);

/// Reads and parses `path`; throws EnvironmentError when it cannot be read.
std::map<std::string, Millis> read_recorded_durations(const std::filesystem::path& path);

}  // namespace tollgate
