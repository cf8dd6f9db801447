#pragma once

#include "runner/zones/zones_result.hpp"

#include <string>

namespace tollgate {

/// `zones` for people: per path its status, zone, rule and owners, the
/// pattern that decided it (file:line:col), and the verdict with its reason;
/// then a one-line summary. Paths are escaped with printable(). `color`
/// adds ANSI colours to verdicts.
std::string render_zones_text(const ZonesResult& result, bool color);

}  // namespace tollgate
