#pragma once

// Turns one inventory file's bytes into a YAML tree, or into diagnostics.
// libfyaml parses (it refuses every malformed document of a YAML conformance
// corpus, where yaml-cpp accepted a third of them); its events build the
// tree in one pass that also refuses what a reader would choke on: several
// documents, deep nesting, alias bombs, aliases to unknown or open anchors.

#include "runner/core/diagnostic.hpp"
#include "runner/inventory/yaml_node.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// Nesting deeper than this is refused (readers walk the tree recursively).
inline constexpr int max_yaml_depth = 64;

/// Nodes one inventory file may hold once aliases are followed (alias
/// bombs). A plan of a thousand packets is some 50 000 nodes; the cap lets
/// one file hold 20 000 packets yet bounds what readers walk.
inline constexpr long long max_yaml_expanded_nodes = 1'000'000;

/// The file-level checks before parsing: returns false (with an error) for
/// NUL bytes or invalid UTF-8, naming the first bad byte's line and column.
bool check_text(std::string_view text, const std::string& file, Diagnostics& diagnostics);

/// Parses `text` (already size-checked) as a single YAML document in one
/// pass. Returns nullopt after reporting why when it is not usable: a syntax
/// error is "invalid YAML: <what>" at the offending token. A document
/// holding nothing (only comments) has a null root. Plain `~`, `null`,
/// `Null`, `NULL` and empty values are null nodes; merge keys (`<<: *a`)
/// are resolved, keys written in the mapping winning over merged ones.
std::optional<YamlDocument> parse_yaml_document(std::string_view text, const std::string& file,
                                                Diagnostics& diagnostics);

/// `mark` (0-based) as a 1-based location in `file`.
SourceLocation location_of(const std::string& file, const YamlMark& mark);

}  // namespace tollgate
