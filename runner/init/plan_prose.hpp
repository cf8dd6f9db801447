#pragma once

// The prose of a plan: dependency sentences ("Batch 5 waits for Batch 4",
// "Batch 8 should ideally follow Batch 3", "Batch 7, 8, 9 (after Batch 2)"),
// day windows ("Phase 2 (Days 8-15)") and the progress checklist
// ("- [ ] **Batch 1: Foundation**"), which confirms the packet list.

#include "runner/init/plan_context.hpp"

namespace tollgate {

/// Adds `after` and `prefer-after` edges from dependency sentences.
void read_dependency_prose(PlanContext& context);

/// Drafts triggers from rule sentences whose condition maps to a metric
/// ("If stream delay > 2 hours, allocate backup agent").
void read_rule_prose(PlanContext& context);

/// Sets each packet's last day from the day windows of headings and list items.
void read_day_windows(PlanContext& context);

/// Takes the items nested under a list item that names one packet
/// ("1. **Batch 1: Foundation** (Days 1-3)" over "- Database migrations") as its tasks.
void read_packet_tasks(PlanContext& context);

/// Checks the checklist against the packets; reports items that name none.
void read_checklist(PlanContext& context);

}  // namespace tollgate
