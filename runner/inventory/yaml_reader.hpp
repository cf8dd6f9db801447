#pragma once

// Typed, located access to a YAML tree for the inventory loader. Every
// accessor reports a wrong type as an error naming the key, the expected type
// and what was found, then returns nullopt so the caller keeps going.

#include "runner/core/diagnostic.hpp"
#include "runner/inventory/model.hpp"

#include "runner/inventory/yaml_node.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// One `key: value` pair of a mapping.
struct Field {
    std::string key;
    YamlNode key_node;
    YamlNode value;
};

/// The pairs of one mapping after checking: keys are known strings, each once.
class Fields {
public:
    /// The pair for `key`, or nullptr when it was not written.
    [[nodiscard]] const Field* find(std::string_view key) const;
    /// Pairs in written order.
    [[nodiscard]] const std::vector<Field>& all() const { return m_items; }
    /// Where the mapping itself starts.
    SourceLocation where;

private:
    friend class YamlReader;
    std::vector<Field> m_items;
};

/// Reads values from one file's YAML tree, reporting problems with file:line:col.
class YamlReader {
public:
    /// `text` is the file's content (to tell quoted scalars apart for columns).
    YamlReader(std::string file, std::string text, Diagnostics& diagnostics);

    [[nodiscard]] const std::string& file() const { return m_file; }
    [[nodiscard]] Diagnostics& diagnostics() const { return m_diagnostics; }

    /// Where `node` starts.
    [[nodiscard]] SourceLocation at(const YamlNode& node) const;
    /// Where a field's value starts, or its key when the value is empty.
    [[nodiscard]] SourceLocation at(const Field& field) const;
    /// Column of character `offset` inside the scalar `node`, past any opening quote.
    [[nodiscard]] SourceLocation inside(const YamlNode& node, int offset) const;

    /// Checks `node` is a mapping and returns its pairs, reporting non-string,
    /// duplicate and unknown keys (with a "did you mean"). `subject` names the
    /// node in a type error ("each packet", "'coverage'"); `what` names it in
    /// an unknown-key error ("packet"). A null node is an empty mapping.
    std::optional<Fields> mapping(const YamlNode& node, const SourceLocation& where, const std::string& subject,
                                  const std::string& what, const std::vector<std::string>& allowed) const;
    /// Reports that `what` (e.g. "gate 'lint'") lacks the required `key`.
    void missing(const Fields& fields, const std::string& what, const std::string& key) const;

    /// Any scalar as text.
    std::optional<std::string> string(const Field& field) const;
    /// A scalar with its location.
    std::optional<Located> located(const Field& field) const;
    /// A whole number.
    std::optional<long long> integer(const Field& field) const;
    /// A finite number; a trailing '%' is allowed.
    std::optional<double> number(const Field& field) const;
    /// true/false (also yes/no, on/off).
    std::optional<bool> boolean(const Field& field) const;
    /// One of `options`, with a "did you mean" when not.
    std::optional<std::string> choice(const Field& field, const std::vector<std::string>& options) const;
    /// The items of a list (null is an empty list).
    std::optional<std::vector<YamlNode>> sequence(const Field& field) const;
    /// A list of scalars; with `allow_single`, a lone scalar is a list of one.
    std::optional<std::vector<Located>> located_list(const Field& field, bool allow_single = false) const;
    /// A list of scalars as text.
    std::optional<std::vector<std::string>> string_list(const Field& field) const;
    /// A mapping of scalar keys to scalar values, in written order (null is empty).
    std::optional<std::vector<std::pair<Located, Located>>> string_map(const Field& field) const;

    /// "a mapping", "a list", "nothing", or the quoted scalar, for messages.
    static std::string describe(const YamlNode& node);

private:
    void type_error(const Field& field, const std::string& expected) const;

    std::string m_file;
    std::string m_text;
    Diagnostics& m_diagnostics;
};

}  // namespace tollgate
