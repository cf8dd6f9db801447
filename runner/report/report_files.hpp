#pragma once

#include "runner/core/atomic_file.hpp"  // write_file_atomically, for the verbs writing reports
#include "runner/schedule/run_result.hpp"

#include <filesystem>
#include <string>

namespace tollgate {

/// Creates `dir` (and parents) for reports and checks a file can be created
/// in it, or throws EnvironmentError naming the path and the reason. Called
/// before any gate runs, so a bad --report-dir (missing permission, a
/// read-only file system) fails fast.
void prepare_report_dir(const std::filesystem::path& dir);

/// Writes results.json, junit.xml and summary.md into `dir`.
void write_run_reports(const std::filesystem::path& dir, const RunResult& result);

}  // namespace tollgate
