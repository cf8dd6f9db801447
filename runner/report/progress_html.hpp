#pragma once

#include "runner/progress/progress_result.hpp"

#include <string>

namespace tollgate {

/// The report as ONE self-contained HTML file: no scripts at all, no
/// external fonts, styles or images. Inline SVG charts, each with a stable
/// id: `stream-progress` (bars per stream), `dependency-graph` (packets and
/// checkpoints coloured by status), `gantt` (planned by effort vs actual
/// from git), `coverage-trend`, `checkpoint-timeline`. Every repository
/// string is escaped with html_escape.
std::string render_progress_html(const ProgressReport& report);

}  // namespace tollgate
