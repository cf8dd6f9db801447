#pragma once

#include "runner/progress/progress_result.hpp"

#include <string>

namespace tollgate {

/// The report as GitHub-flavoured Markdown for an issue or a step summary:
/// headline figures, streams, packets, checkpoints and metrics as tables.
/// Repository strings go through markdown_cell (no markup can be injected).
std::string render_progress_markdown(const ProgressReport& report);

}  // namespace tollgate
