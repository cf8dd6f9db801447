#pragma once

// A PlanDraft as inventory YAML text, every value with its source comment,
// and the `--report` of what was mapped, guessed and left.

#include "runner/init/plan_draft.hpp"

#include <string>

namespace tollgate {

/// The draft as tollgate.yml text.
std::string render_plan_draft(const PlanDraft& draft);

/// The mapped / guessed / left report, one finding a line.
std::string render_plan_report(const PlanDraft& draft);

}  // namespace tollgate
