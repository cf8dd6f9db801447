#pragma once

// `tollgate check` for people: sections, then the verdict with its reasons.

#include "runner/verdict/check_result.hpp"

#include <string>

namespace tollgate {

/// Sections in order: header (verdict, packet, change, inventory source),
/// ownership (violations always; allowed paths when there are at most 30),
/// dependencies, checkpoints, gates (status, duration, why it ran),
/// triggers, notifications, warnings, then the verdict with every failing
/// reason on one line. Paths are escaped with printable(); `color` adds ANSI
/// colours.
std::string render_check_text(const CheckResult& result, bool color);

}  // namespace tollgate
