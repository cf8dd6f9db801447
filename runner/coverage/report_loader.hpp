#pragma once

#include "runner/coverage/report_input.hpp"

#include <filesystem>

namespace tollgate {

/// Parses `input` as `format` (auto: sniffed from the first bytes).
/// Throws ReportError when the format cannot be told, the report is
/// malformed, or it holds no file at all.
ParsedReport parse_report(const ReportInput& input, CoverageFormat format);

/// Maps the file at `path` and parses it, releasing pages as it goes so
/// memory stays far below the report's size. Throws EnvironmentError (exit 3)
/// when the file is missing or unreadable, ReportError when it is malformed.
ParsedReport load_report(const std::filesystem::path& path, CoverageFormat format);

}  // namespace tollgate
