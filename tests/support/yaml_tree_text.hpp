#pragma once

// Test helper: a YAML tree as indented text (kind, 1-based position and
// scalar text of each node), so a test can state a whole tree in one
// literal and a failure shows the first line that differs.

#include "runner/inventory/yaml_node.hpp"

#include <string>

namespace tollgate::test {

/// One line per node: "<indent><kind> <line>:<col> [<text>]"; map entries are
/// written as their key's line then the value indented under it.
inline std::string yaml_tree_text(const YamlNode& node, int depth = 0) {
    static const char* const kinds[] = {"null", "scalar", "seq", "map"};
    const YamlMark m = node.mark();
    std::string out(static_cast<std::size_t>(depth) * 2, ' ');
    out += kinds[static_cast<int>(node.kind())];
    // A null value's position is where the parser noticed the absence; only
    // the nodes a reader points at carry theirs.
    if (!node.is_null()) out += " " + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1);
    if (node.is_scalar()) {
        out += " [";
        for (const char c : node.scalar()) out += c == '\n' ? std::string("\\n") : std::string(1, c);
        out += "]";
    }
    out += "\n";
    for (const YamlNode& item : node.items()) out += yaml_tree_text(item, depth + 1);
    for (const YamlPair& pair : node.pairs()) {
        out += yaml_tree_text(pair.first, depth + 1);
        out += yaml_tree_text(pair.second, depth + 2);
    }
    return out;
}

}  // namespace tollgate::test
