#include "runner/inventory/yaml_document.hpp"

#include <yaml-cpp/eventhandler.h>

#include <cstdio>
#include <map>
#include <sstream>
#include <vector>

namespace tollgate {

SourceLocation location_of(const std::string& file, const YAML::Mark& mark) {
    if (mark.is_null() || mark.line < 0) return SourceLocation{file, 0, 0};
    return SourceLocation{file, mark.line + 1, mark.column + 1};
}

namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned min = 0;
    if ((c & 0xE0) == 0xC0) { n = 2; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { n = 3; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { n = 4; min = 0x10000; }
    else return 0;
    if (i + n > text.size()) return 0;
    unsigned cp = c & (0xFFu >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) {
        const auto cc = static_cast<unsigned char>(text[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

// Thrown from inside yaml-cpp's parser to stop it at the first refusal.
struct Refusal {
    YAML::Mark mark;
    std::string message;
};

// Walks the event stream once (aliases are events, not expansions, so this
// is linear) to refuse what the tree builder or a reader would choke on.
class GuardHandler : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++m_documents > 1)
            throw Refusal{mark, "the file holds more than one YAML document; an inventory is one"};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        m_aliases = true;
        const auto it = m_anchor_sizes.find(anchor);
        add(mark, it == m_anchor_sizes.end() ? 1 : it->second);
    }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string&) override {
        leaf(mark, anchor);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        YAML::anchor_t anchor;
        long long size;
    };

    void add(const YAML::Mark& mark, long long n) {
        m_expanded += n;
        if (!m_frames.empty()) m_frames.back().size += n;
        if (m_expanded <= max_yaml_expanded_nodes) return;
        const std::string limit = std::to_string(max_yaml_expanded_nodes);
        throw Refusal{mark, m_aliases ? "YAML aliases expand to more than " + limit + " nodes (an alias bomb?)"
                                      : "the file holds more than " + limit +
                                            " YAML nodes; an inventory is a plan, not data"};
    }
    void leaf(const YAML::Mark& mark, YAML::anchor_t anchor) {
        add(mark, 1);
        if (anchor != YAML::NullAnchor) m_anchor_sizes[anchor] = 1;
    }
    void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (static_cast<int>(m_frames.size()) >= max_yaml_depth)
            throw Refusal{mark, "YAML nesting is deeper than " + std::to_string(max_yaml_depth) +
                                    " levels"};
        add(mark, 1);
        m_frames.push_back({anchor, 1});
    }
    void close() {
        const Frame done = m_frames.back();
        m_frames.pop_back();
        if (done.anchor != YAML::NullAnchor) m_anchor_sizes[done.anchor] = done.size;
        // The parent already counted our nodes one by one through add().
        if (!m_frames.empty()) m_frames.back().size += done.size - 1;
    }

    int m_documents = 0;
    bool m_aliases = false;
    long long m_expanded = 0;
    std::vector<Frame> m_frames;
    std::map<YAML::anchor_t, long long> m_anchor_sizes;
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
        const std::size_t n = c == 0 ? 0 : utf8_length(text, i);
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

std::optional<YAML::Node> parse_yaml_document(std::string_view text, const std::string& file,
                                              Diagnostics& diagnostics) {
    if (const auto deep = too_deep_flow(text, file)) {
        diagnostics.error(*deep, "YAML nesting is deeper than " + std::to_string(max_yaml_depth) + " levels");
        return std::nullopt;
    }
    const std::string owned(text);
    try {
        std::istringstream stream(owned);
        YAML::Parser parser(stream);
        GuardHandler guard;
        while (parser.HandleNextDocument(guard)) {
        }
        return YAML::Load(owned);
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
