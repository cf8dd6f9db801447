#pragma once

// The work-packet documents a plan names ("BATCH_1_FOUNDATION.md" in its
// file list): each becomes its packet's `doc` when the file sits next to
// the plan, since `validate` requires a doc to exist.

#include "runner/init/plan_context.hpp"

#include <filesystem>

namespace tollgate {

/// Notes, for each packet with a label, the Markdown file name the plan
/// gives it ("BATCH_3A_FINANCE_UI.md" for batch 3A).
void read_packet_doc_names(PlanContext& context);

/// Sets `doc` (relative to `root`, '/'-separated) for each packet whose
/// named document exists in `plan_dir`; says so in a comment either way.
void resolve_packet_docs(PlanDraft& draft, const std::filesystem::path& plan_dir, const std::filesystem::path& root);

}  // namespace tollgate
