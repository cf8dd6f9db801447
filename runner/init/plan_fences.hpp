#pragma once

// The fenced blocks of a plan: YAML blocks holding streams, agents,
// checkpoints and risk triggers; shell blocks under a heading ("Quality
// Gates", "After Batch 1") whose commands become gates of the checkpoint
// the heading names.

#include "runner/init/plan_context.hpp"

#include <string>

namespace tollgate {

/// Drafts streams, agent packets, checkpoints and triggers from fenced YAML blocks.
void read_yaml_fences(PlanContext& context);

/// Drafts gates and checkpoints from fenced shell blocks under gate-like headings.
void read_shell_fences(PlanContext& context);

/// A plan's risk condition as a tollgate trigger expression
/// ("test-coverage < 80%" -> "coverage < 80", "task-delay > 4 hours" ->
/// "packet.delay > 4h"); "" when the mapping is not clear.
std::string map_trigger_condition(const std::string& condition);

/// The trigger action a plan's action words and severity imply: block,
/// warn or notify.
std::string map_trigger_action(const std::string& action, const std::string& severity);

}  // namespace tollgate
