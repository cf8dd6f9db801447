#pragma once

#include "runner/graph/plan_result.hpp"

#include <string>

namespace tollgate {

/// Escapes `text` for a double-quoted Graphviz string: quotes and
/// backslashes escaped, newlines as \n line breaks, other control
/// characters and invalid UTF-8 made visible.
std::string dot_quote(const std::string& text);

/// The plan as a Graphviz digraph: arrows run from prerequisite to
/// dependant, hard `after` edges solid, soft `prefer-after` dashed,
/// checkpoints as hexagons, each phase on one rank, the critical path bold.
std::string render_plan_dot(const PlanResult& plan);

}  // namespace tollgate
