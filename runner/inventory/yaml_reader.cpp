#include "runner/inventory/yaml_reader.hpp"

#include "runner/core/text.hpp"
#include "runner/inventory/yaml_document.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace tollgate {

const Field* Fields::find(std::string_view key) const {
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const Field& f) { return f.key == key; });
    return it == m_items.end() ? nullptr : &*it;
}

YamlReader::YamlReader(std::string file, std::string text, Diagnostics& diagnostics)
    : m_file(std::move(file)), m_text(std::move(text)), m_diagnostics(diagnostics) {}

SourceLocation YamlReader::at(const YamlNode& node) const {
    return location_of(m_file, node.mark());
}

SourceLocation YamlReader::at(const Field& field) const {
    // An empty value has no text of its own to point at (parsers place it at
    // the next token, often the next line); the key is where the reader's eye is.
    return field.value.is_null() ? at(field.key_node) : at(field.value);
}

SourceLocation YamlReader::inside(const YamlNode& node, int offset) const {
    SourceLocation where = at(node);
    const int pos = node.mark().pos;
    if (pos >= 0 && static_cast<std::size_t>(pos) < m_text.size()) {
        const char opener = m_text[static_cast<std::size_t>(pos)];
        // Block scalars start on a later line; an offset into them means nothing here.
        if (opener == '|' || opener == '>') return where;
        if (opener == '"' || opener == '\'') ++where.column;
    }
    where.column += offset;
    return where;
}

std::string YamlReader::describe(const YamlNode& node) {
    switch (node.kind()) {
        case YamlKind::null: return "nothing";
        case YamlKind::map: return "a mapping";
        case YamlKind::sequence: return "a list";
        case YamlKind::scalar: break;
    }
    std::string text = printable(node.scalar());
    if (text.size() > 40) text = text.substr(0, 37) + "...";
    return "\"" + text + "\"";
}

void YamlReader::type_error(const Field& field, const std::string& expected) const {
    m_diagnostics.error(at(field), "'" + field.key + "' must be " + expected + ", got " + describe(field.value));
}

std::optional<Fields> YamlReader::mapping(const YamlNode& node, const SourceLocation& where, const std::string& subject,
                                          const std::string& what, const std::vector<std::string>& allowed) const {
    Fields fields;
    fields.where = node.is_null() ? where : at(node);
    if (node.is_null()) return fields;
    if (!node.is_map()) {
        m_diagnostics.error(at(node), subject + " must be a mapping, got " + describe(node));
        return std::nullopt;
    }
    // Every key seen, known or not, so a repeated unknown key reads as a duplicate.
    std::vector<std::pair<std::string, int>> seen;
    for (const YamlPair& pair : node.pairs()) {
        const YamlNode key = pair.first;
        if (!key.is_scalar()) {
            m_diagnostics.error(at(key), "keys must be strings, got " + describe(key));
            continue;
        }
        const std::string& name = key.scalar();
        const auto first = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == name; });
        if (first != seen.end()) {
            m_diagnostics.error(at(key), "duplicate key '" + printable(name) + "'",
                                "first written at line " + std::to_string(first->second));
            continue;
        }
        seen.emplace_back(name, at(key).line);
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            const std::string guess = closest_match(name, allowed);
            m_diagnostics.error(at(key), "unknown key '" + printable(name) + "' in " + what,
                                guess.empty() ? "valid keys: " + join(allowed, ", ") : "did you mean '" + guess + "'?");
            continue;
        }
        fields.m_items.push_back(Field{name, key, pair.second});
    }
    return fields;
}

void YamlReader::missing(const Fields& fields, const std::string& what, const std::string& key) const {
    m_diagnostics.error(fields.where, what + " has no '" + key + "'");
}

std::optional<std::string> YamlReader::string(const Field& field) const {
    if (!field.value.is_scalar()) {
        type_error(field, "a string");
        return std::nullopt;
    }
    return field.value.scalar();
}

std::optional<Located> YamlReader::located(const Field& field) const {
    auto text = string(field);
    if (!text) return std::nullopt;
    return Located{std::move(*text), at(field.value)};
}

std::optional<long long> YamlReader::integer(const Field& field) const {
    if (field.value.is_scalar()) {
        const std::string& s = field.value.scalar();
        long long v = 0;
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc{} && ptr == s.data() + s.size() && !s.empty()) return v;
    }
    type_error(field, "a whole number");
    return std::nullopt;
}

std::optional<double> YamlReader::number(const Field& field) const {
    if (field.value.is_scalar()) {
        std::string_view s = field.value.scalar();
        if (!s.empty() && s.back() == '%') s.remove_suffix(1);
        double v = 0;
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc{} && ptr == s.data() + s.size() && !s.empty() && std::isfinite(v)) return v;
    }
    type_error(field, "a number");
    return std::nullopt;
}

std::optional<bool> YamlReader::boolean(const Field& field) const {
    if (field.value.is_scalar()) {
        const std::string& s = field.value.scalar();
        const auto is = [&](std::string_view word) { return equals_ignoring_case(s, word); };
        if (is("true") || is("yes") || is("on")) return true;
        if (is("false") || is("no") || is("off")) return false;
    }
    type_error(field, "true or false");
    return std::nullopt;
}

std::optional<std::string> YamlReader::choice(const Field& field, const std::vector<std::string>& options) const {
    if (field.value.is_scalar()) {
        const std::string& s = field.value.scalar();
        if (std::find(options.begin(), options.end(), s) != options.end()) return s;
        const std::string guess = closest_match(s, options);
        m_diagnostics.error(
            at(field), "'" + field.key + "' must be one of " + join(options, ", ") + ", got " + describe(field.value),
            guess.empty() ? "" : "did you mean '" + guess + "'?");
        return std::nullopt;
    }
    type_error(field, "one of " + join(options, ", "));
    return std::nullopt;
}

std::optional<std::vector<YamlNode>> YamlReader::sequence(const Field& field) const {
    if (field.value.is_null()) return std::vector<YamlNode>{};
    if (!field.value.is_sequence()) {
        type_error(field, "a list");
        return std::nullopt;
    }
    return field.value.items();
}

std::optional<std::vector<Located>> YamlReader::located_list(const Field& field, bool allow_single) const {
    std::vector<Located> out;
    if (allow_single && field.value.is_scalar()) {
        out.push_back(Located{field.value.scalar(), at(field.value)});
        return out;
    }
    if (field.value.is_scalar()) {
        // A common slip for a one-item list; show the fix.
        m_diagnostics.error(at(field), "'" + field.key + "' must be a list, got " + describe(field.value),
                            "write '" + field.key + ": [" + printable(field.value.scalar()) + "]'");
        return std::nullopt;
    }
    const auto items = sequence(field);
    if (!items) return std::nullopt;
    bool ok = true;
    for (const auto& item : *items) {
        if (!item.is_scalar()) {
            m_diagnostics.error(at(item), "each item of '" + field.key + "' must be a string, got " + describe(item));
            ok = false;
            continue;
        }
        out.push_back(Located{item.scalar(), at(item)});
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<std::vector<std::string>> YamlReader::string_list(const Field& field) const {
    const auto items = located_list(field);
    if (!items) return std::nullopt;
    std::vector<std::string> out;
    out.reserve(items->size());
    for (const auto& l : *items) out.push_back(l.value);
    return out;
}

std::optional<std::vector<std::pair<Located, Located>>> YamlReader::string_map(const Field& field) const {
    std::vector<std::pair<Located, Located>> out;
    if (field.value.is_null()) return out;
    if (!field.value.is_map()) {
        type_error(field, "a mapping");
        return std::nullopt;
    }
    bool ok = true;
    for (const YamlPair& pair : field.value.pairs()) {
        const YamlNode key = pair.first;
        const YamlNode value = pair.second;
        if (!key.is_scalar()) {
            m_diagnostics.error(at(key), "keys of '" + field.key + "' must be strings, got " + describe(key));
            ok = false;
            continue;
        }
        const auto dup =
            std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first.value == key.scalar(); });
        if (dup != out.end()) {
            m_diagnostics.error(at(key), "duplicate key '" + printable(key.scalar()) + "'",
                                "first written at line " + std::to_string(dup->first.where.line));
            ok = false;
            continue;
        }
        if (!value.is_scalar()) {
            m_diagnostics.error(
                value.is_null() ? at(key) : at(value),
                "'" + field.key + "." + printable(key.scalar()) + "' must be a string, got " + describe(value));
            ok = false;
            continue;
        }
        out.emplace_back(Located{key.scalar(), at(key)}, Located{value.scalar(), at(value)});
    }
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace tollgate
