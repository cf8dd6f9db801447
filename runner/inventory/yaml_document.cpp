#include "runner/inventory/yaml_document.hpp"

#include "runner/core/text.hpp"
#include "runner/inventory/fast_yaml.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cstdio>
#include <map>
#include <istream>
#include <memory>
#include <streambuf>
#include <vector>

namespace tollgate {

SourceLocation location_of(const std::string& file, const YamlMark& mark) {
    if (mark.is_null()) return SourceLocation{file, 0, 0};
    return SourceLocation{file, mark.line + 1, mark.column + 1};
}

SourceLocation location_of(const std::string& file, const YAML::Mark& mark) {
    if (mark.is_null() || mark.line < 0) return SourceLocation{file, 0, 0};
    return SourceLocation{file, mark.line + 1, mark.column + 1};
}

namespace {

// A read-only streambuf over text the caller keeps alive.
class ViewBuffer : public std::streambuf {
public:
    explicit ViewBuffer(std::string_view text) {
        char* begin = const_cast<char*>(text.data());
        setg(begin, begin, begin + text.size());
    }
};

// Thrown from inside yaml-cpp's parser to stop it at the first refusal.
struct Refusal {
    YAML::Mark mark;
    std::string message;
};

// Builds the tree from the event stream in one pass (aliases are events, not
// expansions, so this is linear) and refuses on the way what a reader would
// choke on: several documents, deep nesting, alias bombs, huge files.
class TreeBuilder : public YAML::EventHandler {
public:
    explicit TreeBuilder(YamlDocument& document) : m_document(document) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++m_documents > 1)
            throw Refusal{mark, "the file holds more than one YAML document; an inventory is one"};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        leaf(mark, anchor, m_document.add(YamlKind::null, to_mark(mark)));
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        m_aliases = true;
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end() || it->second.open)
            throw Refusal{mark, "an alias refers to a node that contains it (a recursive alias)"};
        add(mark, it->second.size);
        attach(YamlNode(it->second.data));
    }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string& value) override {
        YamlData& data = m_document.add(YamlKind::scalar, to_mark(mark));
        data.scalar = value;
        leaf(mark, anchor, data);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, anchor, YamlKind::sequence);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, anchor, YamlKind::map);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        YamlData* data;
        YAML::anchor_t anchor;
        long long size;
        bool has_key = false;
        YamlNode key;
    };
    struct Anchor {
        const YamlData* data;
        long long size;
        bool open;
    };

    static YamlMark to_mark(const YAML::Mark& mark) { return YamlMark{mark.pos, mark.line, mark.column}; }

    // Counts `n` nodes (more for an alias: what it would expand to).
    void add(const YAML::Mark& mark, long long n) {
        m_expanded += n;
        if (!m_frames.empty()) m_frames.back().size += n;
        if (m_expanded <= max_yaml_expanded_nodes) return;
        const std::string limit = std::to_string(max_yaml_expanded_nodes);
        throw Refusal{mark, m_aliases ? "YAML aliases expand to more than " + limit + " nodes (an alias bomb?)"
                                      : "the file holds more than " + limit +
                                            " YAML nodes; an inventory is a plan, not data"};
    }
    // Hangs a finished node on the open container, or makes it the root.
    void attach(YamlNode node) {
        if (m_frames.empty()) {
            m_root = node;
            return;
        }
        Frame& parent = m_frames.back();
        if (parent.data->kind == YamlKind::sequence) {
            parent.data->items.push_back(node);
        } else if (!parent.has_key) {
            parent.key = node;
            parent.has_key = true;
        } else {
            parent.data->pairs.push_back(YamlPair{parent.key, node});
            parent.has_key = false;
        }
    }
    void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, const YamlData& data) {
        add(mark, 1);
        if (anchor != YAML::NullAnchor) m_anchors[anchor] = Anchor{&data, 1, false};
        attach(YamlNode(&data));
    }
    void open(const YAML::Mark& mark, YAML::anchor_t anchor, YamlKind kind) {
        if (static_cast<int>(m_frames.size()) >= max_yaml_depth)
            throw Refusal{mark, "YAML nesting is deeper than " + std::to_string(max_yaml_depth) +
                                    " levels"};
        add(mark, 1);
        YamlData& data = m_document.add(kind, to_mark(mark));
        if (anchor != YAML::NullAnchor) m_anchors[anchor] = Anchor{&data, 1, true};
        m_frames.push_back({&data, anchor, 1});
    }
    void close() {
        const Frame done = m_frames.back();
        m_frames.pop_back();
        if (done.anchor != YAML::NullAnchor) m_anchors[done.anchor] = Anchor{done.data, done.size, false};
        // The parent already counted our nodes one by one through add().
        if (!m_frames.empty()) m_frames.back().size += done.size - 1;
        attach(YamlNode(done.data));
    }

public:
    /// The document's root once parsing ended (null when it held nothing).
    [[nodiscard]] YamlNode root() const { return m_root; }

private:
    YamlDocument& m_document;
    int m_documents = 0;
    bool m_aliases = false;
    long long m_expanded = 0;
    std::vector<Frame> m_frames;
    std::map<YAML::anchor_t, Anchor> m_anchors;
    YamlNode m_root;
};

// yaml-cpp's scanner reads a whole run of flow brackets ahead (each might
// start a key) before its parser, and so the guard above, sees any of them:
// "[[[[…" would cost memory in proportion to the file first. So flow
// nesting is measured on the raw text, skipping quoted scalars and comments.
std::optional<SourceLocation> too_deep_flow(std::string_view text, const std::string& file) {
    int depth = 0;
    int line = 1;
    int column = 0;
    char quote = 0;
    bool comment = false;
    char prev = '\n';
    auto starts_token = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '[' || c == '{' || c == ',' || c == ':' ||
               c == '-' || c == '?';
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        ++column;
        if (c == '\n') {
            ++line;
            column = 0;
            comment = false;
            prev = c;
            continue;
        }
        if (comment) continue;
        if (quote != 0) {
            if (quote == '"' && c == '\\' && i + 1 < text.size() && text[i + 1] != '\n') {
                ++i;
                ++column;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i;
                    ++column;
                } else {
                    quote = 0;
                }
            }
        } else if (c == '#' && (prev == ' ' || prev == '\t' || prev == '\n')) {
            comment = true;
        } else if ((c == '"' || c == '\'') && starts_token(prev)) {
            quote = c;
        } else if (c == '[' || c == '{') {
            if (++depth > max_yaml_depth) return SourceLocation{file, line, column};
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
        prev = c;
    }
    return std::nullopt;
}

}  // namespace

bool check_text(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        unsigned cp = 0;
        const std::size_t n = c == 0 ? 0 : decode_utf8(text, i, cp);
        if (n == 0) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", c);
            diagnostics.error({file, line, column},
                              c == 0 ? "file is binary (NUL byte); an inventory is UTF-8 text"
                                     : std::string("invalid UTF-8 (byte ") + byte +
                                           "); an inventory is UTF-8 text");
            return false;
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            // Bytes, not characters: yaml-cpp's marks count bytes too.
            column += static_cast<int>(n);
        }
        i += n;
    }
    return true;
}

std::optional<YamlDocument> parse_yaml_document(std::string_view text, const std::string& file,
                                              Diagnostics& diagnostics) {
    // The raw-text flow check first, as on the yaml-cpp path: it also counts
    // brackets inside plain scalars, which the fast reader would accept.
    if (const auto deep = too_deep_flow(text, file)) {
        diagnostics.error(*deep, "YAML nesting is deeper than " + std::to_string(max_yaml_depth) + " levels");
        return std::nullopt;
    }
    if (auto fast = read_fast_yaml(text)) return fast;
    return parse_yaml_document_with_yaml_cpp(text, file, diagnostics);
}

std::optional<YamlDocument> parse_yaml_document_with_yaml_cpp(std::string_view text, const std::string& file,
                                                            Diagnostics& diagnostics) {
    if (const auto deep = too_deep_flow(text, file)) {
        diagnostics.error(*deep, "YAML nesting is deeper than " + std::to_string(max_yaml_depth) + " levels");
        return std::nullopt;
    }
    try {
        // yaml-cpp reads from a stream; a view-backed buffer avoids copying the text.
        ViewBuffer buffer(text);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        YamlDocument document;
        TreeBuilder builder(document);
        while (parser.HandleNextDocument(builder)) {
        }
        document.set_root(builder.root());
        return document;
    } catch (const Refusal& r) {
        diagnostics.error(location_of(file, r.mark), r.message);
    } catch (const YAML::ParserException& e) {
        diagnostics.error(location_of(file, e.mark), "invalid YAML: " + e.msg);
    } catch (const YAML::Exception& e) {
        diagnostics.error(location_of(file, e.mark), "cannot read YAML: " + e.msg);
    }
    return std::nullopt;
}

}  // namespace tollgate
