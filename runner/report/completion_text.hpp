#pragma once

#include "runner/progress/completion.hpp"

#include <string>

namespace tollgate {

/// Seed 000's "Completion Report Requirements" filled in from git and the
/// recorded results: 1. tasks completed (files by zone, gates passed),
/// 2. tasks skipped or remaining (with the reason), 3. issues (failed gates,
/// zone violations), 4. recommendations for the next batch. `markdown`
/// writes headings and lists for an issue or PR comment.
std::string render_completion_text(const CompletionReport& report, bool markdown);

/// The same as versioned JSON.
std::string render_completion_json(const CompletionReport& report);

}  // namespace tollgate
