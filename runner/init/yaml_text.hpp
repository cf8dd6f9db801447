#pragma once

// Small writers for the YAML text `tollgate init` emits: scalars quoted only
// when they must be, and comments that cannot break out of their line.

#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// `text` as a YAML scalar: plain when it reads back as the same string,
/// else double-quoted with escapes.
std::string yaml_scalar(std::string_view text);

/// A flow list of scalars: `[a, "b c"]`.
std::string yaml_flow_list(const std::vector<std::string>& items);

/// `text` made safe for one `# …` comment line: control characters and
/// line breaks become spaces.
std::string comment_text(std::string_view text);

/// A packet, gate or checkpoint id made from free text: lower case,
/// [a-z0-9] runs joined by '-' ("Batch 3A" -> "batch-3a", "@org/web" -> "org-web").
std::string slug_id(std::string_view text);

}  // namespace tollgate
