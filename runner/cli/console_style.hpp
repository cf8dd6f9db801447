#pragma once

// How gate progress is shown on this terminal; shared by `run` and `check`.

#include "runner/cli/global_options.hpp"
#include "runner/report/run_console.hpp"

namespace tollgate {

/// Colour from `io`; a live status line only when stdout is a TTY; GitHub
/// Actions groups when GITHUB_ACTIONS=true.
ConsoleStyle console_style(const Io& io);

}  // namespace tollgate
