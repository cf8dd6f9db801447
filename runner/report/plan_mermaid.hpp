#pragma once

#include "runner/graph/plan_result.hpp"

#include <string>

namespace tollgate {

/// Escapes `text` for a quoted Mermaid label: `"` as #quot;, HTML-special
/// characters as entity codes, newlines as <br/>.
std::string mermaid_label(const std::string& text);

/// The plan as a Mermaid `flowchart TD`: the same nodes and edges as the DOT
/// output, soft `prefer-after` edges dotted, checkpoints as hexagons.
std::string render_plan_mermaid(const PlanResult& plan);

}  // namespace tollgate
