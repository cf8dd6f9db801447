#pragma once

// `tollgate check --format md` and --report-dir summary.md.

#include "runner/verdict/check_result.hpp"

#include <string>

namespace tollgate {

/// A Markdown summary: verdict line, failing reasons, then tables of
/// ownership violations, dependencies, checkpoints, gates and triggers.
std::string render_check_markdown(const CheckResult& result);

}  // namespace tollgate
