#pragma once

// Test helper: the first difference between two YAML trees (kind, mark,
// scalar text, item and pair order), for the fast reader's differential
// tests and fuzz target. Header-only so the fuzz target, which links no
// test support, can use it too.

#include "runner/inventory/yaml_node.hpp"

#include <cstddef>
#include <string>

namespace tollgate::test {

/// "" when `a` and `b` are the same tree with the same marks, else where
/// and how they first differ (`path` names the node, e.g. "/packets[2]/id").
inline std::string yaml_tree_diff(const YamlNode& a, const YamlNode& b, const std::string& path = "") {
    static const char* const kinds[] = {"null", "scalar", "sequence", "map"};
    const auto mark_text = [](const YamlMark& m) {
        return std::to_string(m.pos) + "/" + std::to_string(m.line) + ":" + std::to_string(m.column);
    };
    const std::string where = path.empty() ? "/" : path;
    if (a.kind() != b.kind())
        return where + ": kind " + kinds[static_cast<int>(a.kind())] + " vs " + kinds[static_cast<int>(b.kind())];
    const YamlMark ma = a.mark();
    const YamlMark mb = b.mark();
    if (ma.pos != mb.pos || ma.line != mb.line || ma.column != mb.column)
        return where + ": mark " + mark_text(ma) + " vs " + mark_text(mb);
    if (a.scalar() != b.scalar()) return where + ": scalar [" + a.scalar() + "] vs [" + b.scalar() + "]";
    if (a.items().size() != b.items().size())
        return where + ": " + std::to_string(a.items().size()) + " vs " + std::to_string(b.items().size()) + " items";
    for (std::size_t i = 0; i < a.items().size(); ++i) {
        std::string d = yaml_tree_diff(a.items()[i], b.items()[i], path + "[" + std::to_string(i) + "]");
        if (!d.empty()) return d;
    }
    if (a.pairs().size() != b.pairs().size())
        return where + ": " + std::to_string(a.pairs().size()) + " vs " + std::to_string(b.pairs().size()) + " pairs";
    for (std::size_t i = 0; i < a.pairs().size(); ++i) {
        const std::string at = path + "/" + a.pairs()[i].first.scalar();
        std::string d = yaml_tree_diff(a.pairs()[i].first, b.pairs()[i].first, at + "(key)");
        if (d.empty()) d = yaml_tree_diff(a.pairs()[i].second, b.pairs()[i].second, at);
        if (!d.empty()) return d;
    }
    return "";
}

}  // namespace tollgate::test
