#pragma once

// `tollgate init --from PLAN.md`: a draft inventory from the Markdown plan a
// team already wrote, read by structure (tables, fenced blocks, headings,
// dependency sentences, checklists) rather than by one plan's wording.

#include "runner/init/plan_draft.hpp"

#include <string>
#include <string_view>

namespace tollgate {

/// Drafts an inventory from `text`; `file` names the plan in comments.
PlanDraft draft_from_plan(std::string_view text, const std::string& file);

}  // namespace tollgate
