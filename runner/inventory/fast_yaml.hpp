#pragma once

// A fast reader for the plain block-YAML subset inventories are written in.
// yaml-cpp's scanner reads some 4 MB/s and was 80 % of `plan` on a large
// inventory; this reader builds the very tree TreeBuilder builds from
// yaml-cpp's events (same kinds, texts, order and marks) straight from the
// text, or declines the whole file so that yaml-cpp reads it as before.
// yaml-cpp stays the authority: the subset is only what this reader can
// match exactly, differential tests and a fuzz target hold it to that.
//
// The subset: block maps and sequences indented with spaces (`- key: v`
// compact maps, a sequence at its key's indentation), one-line plain,
// 'single' and "double" quoted scalars (the common escapes), comments, empty
// values and yaml-cpp's null spellings, one-line flow sequences and maps.
// Declined: anchors, aliases, tags, block scalars, multi-line scalars or flow
// collections, `---`/`...`/directives, `?` keys, tabs, CR, control and
// invalid UTF-8 bytes, and any input yaml-cpp would refuse (its messages
// are the ones users see), including nesting or sizes over the guards.

#include "runner/inventory/yaml_node.hpp"

#include <optional>
#include <string_view>

namespace tollgate {

/// The tree yaml-cpp would give `text`, read directly; nullopt when `text`
/// leaves the subset this reader matches exactly (parse it with yaml-cpp).
std::optional<YamlDocument> read_fast_yaml(std::string_view text);

}  // namespace tollgate
