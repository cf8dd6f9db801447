#pragma once

#include "runner/progress/progress_result.hpp"

#include <string>
#include <string_view>

namespace tollgate {

/// The report as ONE self-contained HTML file: no scripts at all, no
/// external fonts, styles or images. Inline SVG charts, each with a stable
/// id: `stream-progress` (bars per stream), `dependency-graph` (packets and
/// checkpoints coloured by status), `gantt` (planned by effort vs actual
/// from git), `coverage-trend`, `checkpoint-timeline`. Every repository
/// string is escaped with html_escape.
std::string render_progress_html(const ProgressReport& report);

/// Text safe in HTML and SVG element content and quoted attributes: control
/// characters (ANSI escapes) and invalid UTF-8 are made visible first
/// (text.hpp printable), then & < > " ' become character references.
std::string html_escape(std::string_view text);

}  // namespace tollgate
