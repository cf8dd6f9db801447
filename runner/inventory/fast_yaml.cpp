#include "runner/inventory/fast_yaml.hpp"

#include "runner/core/text.hpp"
#include "runner/inventory/yaml_document.hpp"

#include <cstring>
#include <string>

namespace tollgate {

namespace {

// yaml-cpp drops a simple key whose colon is more than 1024 bytes after its
// start; longer keys are left to it, with a margin.
constexpr std::size_t k_max_key_length = 1000;

// Length of the UTF-8 sequence at text[i] when yaml-cpp passes it through
// as it is (it copies UTF-8 bytes and counts marks in bytes), else 0:
// invalid UTF-8, C1 controls (NEL among them), a byte order mark, and the
// line and paragraph separators, which YAML 1.1 counts as breaks.
std::size_t plain_utf8_length(std::string_view text, std::size_t i) {
    if (static_cast<unsigned char>(text[i]) < 0x80) return 0;
    unsigned cp = 0;
    const std::size_t n = decode_utf8(text, i, cp);
    if (n == 0 || cp <= 0x9F || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029) return 0;
    return n;
}

// Every byte printable ASCII, a line feed, or plain UTF-8 (no tab, no CR).
bool bytes_in_subset(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c >= 0x20 && c < 0x7F) || c == '\n') {
            ++i;
            continue;
        }
        if (c < 0x80) return false;
        const std::size_t n = plain_utf8_length(text, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The plain scalars yaml-cpp reports as OnNull rather than OnScalar.
bool is_null_spelling(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// One scalar as read: where it starts, its text (a view into the input or
// into the reader's buffer, valid until the next scalar is read), and
// whether it was plain (only plain scalars can spell null).
struct Scalar {
    YamlMark mark;
    std::string_view text;
    bool plain = false;
};

// A recursive reader over the subset; every `bool` method returns false to
// decline, after which the reader and its document are abandoned. The
// cursor always sits on a token: after a value, on the first byte of the
// next one (spaces, comments and breaks skipped) or at the end.
class FastReader {
public:
    FastReader(std::string_view text, YamlDocument& document) : m_text(text), m_document(document) {}

    bool read_document() {
        if (!next_token()) return false;
        if (at_end()) return true;  // comments only: no document, so a null root
        YamlNode root;
        if (!read_collection_here(root) || !at_end()) return false;
        m_document.set_root(root);
        return true;
    }

private:
    [[nodiscard]] bool at_end() const { return m_pos >= m_text.size(); }
    // The byte `ahead` of the cursor; NUL past the end (NUL never passes bytes_in_subset).
    [[nodiscard]] char peek(std::size_t ahead = 0) const {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    [[nodiscard]] int column() const { return static_cast<int>(m_pos - m_line_start); }
    [[nodiscard]] YamlMark mark() const { return YamlMark{static_cast<int>(m_pos), m_line, column()}; }
    // yaml-cpp's mark for the end of a collection at the end of the text,
    // the cursor there. Its scanner closes, at the column where the text
    // ends, the collections indented deeper (and a sequence indented as
    // deep), then "forces a newline" and closes the rest at column 0.
    [[nodiscard]] YamlMark end_mark(int indent, bool is_seq) const {
        const int end_column = column();
        const bool closed_here = indent > end_column || (indent == end_column && is_seq);
        return YamlMark{static_cast<int>(m_text.size()), m_line, closed_here ? end_column : 0};
    }
    // A space, a break or the end after the byte `ahead` of the cursor.
    [[nodiscard]] bool blank_after(std::size_t ahead) const {
        const char c = peek(ahead + 1);
        return c == ' ' || c == '\n' || c == '\0';
    }
    [[nodiscard]] bool at_block_entry() const { return peek() == '-' && blank_after(0); }

    YamlData* add(YamlKind kind, const YamlMark& mark) {
        if (++m_nodes > max_yaml_expanded_nodes) return nullptr;  // yaml-cpp's path reports it
        return &m_document.add(kind, mark);
    }
    YamlData* open(YamlKind kind) {
        if (m_depth >= max_yaml_depth) return nullptr;  // yaml-cpp's path reports it
        ++m_depth;
        return add(kind, mark());
    }
    YamlData* scalar_node(const Scalar& s) {
        if (s.plain && is_null_spelling(s.text)) return add(YamlKind::null, s.mark);
        YamlData* data = add(YamlKind::scalar, s.mark);
        if (data != nullptr) data->scalar.assign(s.text);
        return data;
    }

    // Skips spaces, comments and breaks to the next token. A document
    // marker (`---` or `...` opening a line) is outside the subset.
    bool next_token() {
        const std::size_t n = m_text.size();
        while (m_pos < n) {
            const char c = m_text[m_pos];
            if (c == ' ') {
                ++m_pos;
            } else if (c == '\n') {
                ++m_pos;
                ++m_line;
                m_line_start = m_pos;
            } else if (c == '#') {
                const void* eol = std::memchr(m_text.data() + m_pos, '\n', n - m_pos);
                m_pos = eol == nullptr ? n : static_cast<std::size_t>(static_cast<const char*>(eol) - m_text.data());
            } else {
                break;
            }
        }
        if (m_pos < n && m_pos == m_line_start && n - m_pos >= 3 &&
            (m_text.compare(m_pos, 3, "---") == 0 || m_text.compare(m_pos, 3, "...") == 0) && blank_after(2))
            return false;
        return true;
    }

    // True when only spaces and a comment remain on the line (a comment
    // needs a space before it).
    bool rest_is_blank() {
        const std::size_t from = m_pos;
        while (peek() == ' ') ++m_pos;
        return at_end() || peek() == '\n' || (peek() == '#' && m_pos > from);
    }

    // Whether a plain scalar may start here: a conservative set of first
    // bytes, leaving out every indicator (`-` only before a letter or digit).
    [[nodiscard]] bool at_plain_start() const {
        const char c = peek();
        if (is_alnum(c) || static_cast<unsigned char>(c) >= 0x80) return true;
        switch (c) {
        case '_': case '.': case '/': case '(': case ')': case '$': case '+': case '=':
        case '<': case '^': case ';': case '\\': case '~':
            return true;
        case '-':
            return is_alnum(peek(1)) || peek(1) == '.' || peek(1) == '_';
        default:
            return false;
        }
    }

    // A plain scalar in block context: it ends before ": ", a final ':',
    // " #" or the break, without its trailing spaces.
    Scalar scan_plain_block() {
        Scalar s{mark(), {}, true};
        const std::size_t n = m_text.size();
        const std::size_t start = m_pos;
        std::size_t end = start;
        std::size_t i = start;
        for (; i < n; ++i) {
            const char c = m_text[i];
            if (c == '\n') break;
            if (c == ' ') {
                if (i + 1 < n && m_text[i + 1] == '#') break;
                continue;
            }
            if (c == ':' && (i + 1 == n || m_text[i + 1] == ' ' || m_text[i + 1] == '\n')) break;
            end = i + 1;
        }
        s.text = m_text.substr(start, end - start);
        m_pos = i;
        return s;
    }

    // A plain scalar in a flow collection: it ends at `,` `]` `}` or a `:`
    // before a space, a break or one of those (`a::b` is one scalar); any
    // other stop (`[ { ? #`, the break) is declined.
    bool scan_plain_flow(Scalar& s) {
        s = Scalar{mark(), {}, true};
        const std::size_t n = m_text.size();
        const std::size_t start = m_pos;
        std::size_t end = start;
        std::size_t i = start;
        for (; i < n; ++i) {
            const char c = m_text[i];
            if (c == ',' || c == ']' || c == '}' || c == '[' || c == '{' || c == '?' || c == '#' || c == '\n')
                break;
            if (c == ':') {
                const char next = i + 1 < n ? m_text[i + 1] : '\n';
                if (next == ' ' || next == '\n' || next == ',' || next == ']' || next == '}') break;
            }
            if (c != ' ') end = i + 1;
        }
        s.text = m_text.substr(start, end - start);
        m_pos = i;
        const char stop = peek();
        return stop == ',' || stop == ']' || stop == '}' || stop == ':';
    }

    // One escape of a double-quoted scalar at m_text[i] == '\\' into m_buffer.
    bool unescape(std::size_t& i) {
        const char e = i + 1 < m_text.size() ? m_text[i + 1] : '\0';
        int digits = 0;
        char out = 0;
        switch (e) {
        case '0': out = '\0'; break;
        case 'a': out = '\a'; break;
        case 'b': out = '\b'; break;
        case 't': out = '\t'; break;
        case 'n': out = '\n'; break;
        case 'v': out = '\v'; break;
        case 'f': out = '\f'; break;
        case 'r': out = '\r'; break;
        case 'e': out = '\x1B'; break;
        case ' ': case '"': case '\'': case '\\': case '/': out = e; break;
        case 'x': digits = 2; break;
        case 'u': digits = 4; break;
        case 'U': digits = 8; break;
        default: return false;  // \N \_ \L \P and unknown escapes: left to yaml-cpp
        }
        if (digits == 0) {
            m_buffer += out;
            i += 2;
            return true;
        }
        unsigned cp = 0;
        for (int k = 0; k < digits; ++k) {
            const std::size_t at = i + 2 + static_cast<std::size_t>(k);
            const int v = at < m_text.size() ? hex_value(m_text[at]) : -1;
            if (v < 0) return false;
            cp = (cp << 4) | static_cast<unsigned>(v);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        append_utf8(m_buffer, cp);
        i += 2 + static_cast<std::size_t>(digits);
        return true;
    }

    // A 'single' or "double" quoted scalar closed on its own line.
    bool scan_quoted(Scalar& s) {
        s = Scalar{mark(), {}, false};
        const char quote = peek();
        const std::size_t n = m_text.size();
        const std::size_t start = m_pos + 1;
        std::size_t i = start;
        while (i < n && m_text[i] != quote && m_text[i] != '\n' && !(quote == '"' && m_text[i] == '\\')) ++i;
        if (i >= n || m_text[i] == '\n') return false;
        const bool doubled = quote == '\'' && i + 1 < n && m_text[i + 1] == '\'';
        if (m_text[i] == quote && !doubled) {
            s.text = m_text.substr(start, i - start);
            m_pos = i + 1;
            return true;
        }
        // Escapes: decode into the buffer.
        m_buffer.assign(m_text.substr(start, i - start));
        while (true) {
            if (i >= n || m_text[i] == '\n') return false;
            const char c = m_text[i];
            if (c == quote) {
                if (quote == '\'' && i + 1 < n && m_text[i + 1] == '\'') {
                    m_buffer += '\'';
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '\\' && quote == '"') {
                if (!unescape(i)) return false;
                continue;
            }
            m_buffer += c;
            ++i;
        }
        s.text = m_buffer;
        m_pos = i + 1;
        return true;
    }

    // The scalar at the cursor in block context and, when a `: ` follows,
    // its colon too (`is_key`). Keys are one line and not too long.
    bool scan_scalar(Scalar& s, bool& is_key) {
        const std::size_t start = m_pos;
        is_key = false;
        if (peek() == '"' || peek() == '\'') {
            if (!scan_quoted(s)) return false;
            const std::size_t after = m_pos;
            while (peek() == ' ') ++m_pos;
            if (peek() != ':' || !blank_after(0)) {
                m_pos = after;
                return true;
            }
        } else if (at_plain_start()) {
            s = scan_plain_block();
            if (peek() != ':') return true;
        } else {
            return false;
        }
        if (m_pos - start > k_max_key_length) return false;
        is_key = true;
        ++m_pos;
        return true;
    }

    bool peek_is_key() {
        const std::size_t saved = m_pos;
        Scalar s;
        bool is_key = false;
        const bool ok = scan_scalar(s, is_key);
        m_pos = saved;
        return ok && is_key;
    }

    // A block sequence or map starting at the cursor (the first `- ` or key).
    bool read_collection_here(YamlNode& out) {
        if (at_block_entry()) return read_block_seq(column(), out);
        if (peek_is_key()) return read_block_map(column(), out);
        return false;
    }

    bool read_block_map(int indent, YamlNode& out) {
        YamlData* map = open(YamlKind::map);
        if (map == nullptr) return false;
        while (true) {
            Scalar key;
            bool is_key = false;
            if (!scan_scalar(key, is_key) || !is_key) return false;
            YamlData* k = scalar_node(key);
            if (k == nullptr) return false;
            YamlNode value;
            if (rest_is_blank()) {
                if (!next_token() || !read_value_below(indent, true, value)) return false;
            } else if (!read_inline_value(indent, value)) {
                return false;
            }
            map->pairs.push_back(YamlPair{YamlNode(k), value});
            if (at_end() || column() < indent) break;
            if (column() > indent) return false;
        }
        --m_depth;
        out = YamlNode(map);
        return true;
    }

    bool read_block_seq(int indent, YamlNode& out) {
        YamlData* seq = open(YamlKind::sequence);
        if (seq == nullptr) return false;
        while (true) {
            ++m_pos;  // the '-'
            YamlNode item;
            if (rest_is_blank()) {
                if (!next_token() || !read_value_below(indent, false, item)) return false;
            } else if (peek_is_key()) {
                if (!read_block_map(column(), item)) return false;
            } else if (!read_inline_value(indent, item)) {
                return false;
            }
            seq->items.push_back(item);
            if (at_end() || column() < indent) break;
            if (column() > indent) return false;
            if (!at_block_entry()) break;  // a key at a sequence's indentation: its map goes on
        }
        --m_depth;
        out = YamlNode(seq);
        return true;
    }

    // The value of a `key:` or `-` that ends its line, the cursor on the
    // next token: a collection indented deeper (or, for a key, a sequence
    // at the key's indentation), else null, marked where yaml-cpp marks it:
    // at that next token, or where the end closes its collection.
    bool read_value_below(int indent, bool in_map, YamlNode& out) {
        if (at_end()) {
            YamlData* null = add(YamlKind::null, end_mark(indent, !in_map));
            out = YamlNode(null);
            return null != nullptr;
        }
        const int col = column();
        if (col > indent || (in_map && col == indent && at_block_entry())) return read_collection_here(out);
        YamlData* null = add(YamlKind::null, mark());
        out = YamlNode(null);
        return null != nullptr;
    }

    // A value on the line of its key or `- `: a scalar or a one-line flow
    // collection, then only a comment. A deeper line after it would continue
    // a plain scalar (or be an error): declined.
    bool read_inline_value(int indent, YamlNode& out) {
        if (peek() == '[' || peek() == '{') {
            if (!read_flow(out) || !rest_is_blank()) return false;
        } else {
            Scalar s;
            bool is_key = false;
            if (!scan_scalar(s, is_key) || is_key) return false;
            YamlData* data = scalar_node(s);
            if (data == nullptr) return false;
            out = YamlNode(data);
            if (!rest_is_blank()) return false;
        }
        if (!next_token()) return false;
        return at_end() || column() <= indent;
    }

    // Spaces inside a flow collection; a break, the end or a comment there
    // (a multi-line flow collection) is declined.
    bool skip_flow_spaces() {
        while (peek() == ' ') ++m_pos;
        return !at_end() && peek() != '\n' && peek() != '#';
    }

    bool read_flow_node(YamlNode& out) {
        if (peek() == '[' || peek() == '{') return read_flow(out);
        Scalar s;
        if (peek() == '"' || peek() == '\'') {
            if (!scan_quoted(s)) return false;
        } else if (!at_plain_start() || !scan_plain_flow(s)) {
            return false;
        }
        YamlData* data = scalar_node(s);
        out = YamlNode(data);
        return data != nullptr;
    }

    // `[a, "b", c]` or `{k: v, k2: }` closed on this line, nested ones too;
    // no empty entries, no trailing comma, no single-pair maps in sequences.
    bool read_flow(YamlNode& out) {
        const bool is_seq = peek() == '[';
        const char close = is_seq ? ']' : '}';
        YamlData* node = open(is_seq ? YamlKind::sequence : YamlKind::map);
        if (node == nullptr) return false;
        ++m_pos;
        if (!skip_flow_spaces()) return false;
        if (peek() != close) {
            while (true) {
                if (is_seq) {
                    YamlNode item;
                    if (!read_flow_node(item)) return false;
                    node->items.push_back(item);
                } else if (!read_flow_pair(*node)) {
                    return false;
                }
                if (!skip_flow_spaces()) return false;
                if (peek() == close) break;
                if (peek() != ',') return false;
                ++m_pos;
                if (!skip_flow_spaces() || peek() == close) return false;
            }
        }
        ++m_pos;  // the closing bracket
        --m_depth;
        out = YamlNode(node);
        return true;
    }

    bool read_flow_pair(YamlData& map) {
        Scalar key;
        const std::size_t start = m_pos;
        if (peek() == '"' || peek() == '\'') {
            if (!scan_quoted(key)) return false;
        } else if (!at_plain_start() || !scan_plain_flow(key)) {
            return false;
        }
        YamlData* k = scalar_node(key);
        if (k == nullptr || !skip_flow_spaces()) return false;
        if (peek() != ':' || peek(1) != ' ' || m_pos - start > k_max_key_length) return false;
        ++m_pos;
        if (!skip_flow_spaces()) return false;
        YamlNode value;
        if (peek() == ',' || peek() == '}') {
            YamlData* null = add(YamlKind::null, mark());  // yaml-cpp marks it at the next token
            if (null == nullptr) return false;
            value = YamlNode(null);
        } else if (!read_flow_node(value)) {
            return false;
        }
        map.pairs.push_back(YamlPair{YamlNode(k), value});
        return true;
    }

    std::string_view m_text;
    YamlDocument& m_document;
    std::size_t m_pos = 0;
    std::size_t m_line_start = 0;
    int m_line = 0;
    int m_depth = 0;
    long long m_nodes = 0;
    std::string m_buffer;  // a quoted scalar's text once escapes are decoded
};

}  // namespace

std::optional<YamlDocument> read_fast_yaml(std::string_view text) {
    if (!bytes_in_subset(text)) return std::nullopt;
    YamlDocument document;
    FastReader reader(text, document);
    if (!reader.read_document()) return std::nullopt;
    return document;
}

}  // namespace tollgate
