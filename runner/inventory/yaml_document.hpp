#pragma once

// Turns one inventory file's bytes into a YAML tree, or into diagnostics.
// Everything that could crash, hang or exhaust memory in yaml-cpp is refused
// here first: binary text, deep nesting, alias bombs, several documents.

#include "runner/core/diagnostic.hpp"
#include "runner/inventory/yaml_node.hpp"

#include <yaml-cpp/mark.h>

#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// Nesting deeper than this is refused (yaml-cpp parses recursively).
inline constexpr int max_yaml_depth = 64;

/// Nodes one inventory file may hold once aliases are followed (alias
/// bombs). A plan of a thousand packets is some 50 000 nodes; the cap lets
/// one file hold 20 000 packets yet bounds what readers walk.
inline constexpr long long max_yaml_expanded_nodes = 1'000'000;

/// The file-level checks before parsing: returns false (with an error) for
/// NUL bytes or invalid UTF-8, naming the first bad byte's line and column.
bool check_text(std::string_view text, const std::string& file, Diagnostics& diagnostics);

/// Parses `text` (already size-checked) as a single YAML document in one
/// pass. Returns nullopt after reporting why when it is not usable; a
/// document holding nothing (only comments) has a null root. Text in the
/// plain subset of read_fast_yaml is read by it, anything else by yaml-cpp:
/// the tree and every message are the same either way.
std::optional<YamlDocument> parse_yaml_document(std::string_view text, const std::string& file,
                                              Diagnostics& diagnostics);

/// The same through yaml-cpp alone: the reference the fast reader is held
/// to by the differential tests and fuzz target (not a user option).
std::optional<YamlDocument> parse_yaml_document_with_yaml_cpp(std::string_view text, const std::string& file,
                                                            Diagnostics& diagnostics);

/// `mark` (0-based) as a 1-based location in `file`.
SourceLocation location_of(const std::string& file, const YamlMark& mark);
/// The same for a mark in one of yaml-cpp's exceptions.
SourceLocation location_of(const std::string& file, const YAML::Mark& mark);

}  // namespace tollgate
