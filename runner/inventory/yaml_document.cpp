#include "runner/inventory/yaml_document.hpp"

#include "runner/core/text.hpp"

#include <libfyaml.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tollgate {

SourceLocation location_of(const std::string& file, const YamlMark& mark) {
    if (mark.is_null()) return SourceLocation{file, 0, 0};
    return SourceLocation{file, mark.line + 1, mark.column + 1};
}

namespace {

struct ParserDeleter {
    void operator()(fy_parser* p) const { fy_parser_destroy(p); }
};
struct DiagDeleter {
    void operator()(fy_diag* d) const { fy_diag_destroy(d); }
};
using ParserHandle = std::unique_ptr<fy_parser, ParserDeleter>;
using DiagHandle = std::unique_ptr<fy_diag, DiagDeleter>;

// An event handed back to its parser when it goes out of scope.
class EventHandle {
public:
    EventHandle(fy_parser* parser, fy_event* event) : m_parser(parser), m_event(event) {}
    EventHandle(const EventHandle&) = delete;
    EventHandle& operator=(const EventHandle&) = delete;
    ~EventHandle() { fy_parser_event_free(m_parser, m_event); }
    [[nodiscard]] fy_event* get() const { return m_event; }

private:
    fy_parser* m_parser;
    fy_event* m_event;
};

// Marks in bytes from line starts. libfyaml counts columns in characters;
// tollgate's locations have always counted bytes (as check_text does, and
// as the readers' offsets into scalars do), so positions are recomputed
// from libfyaml's byte offsets against this index of line starts.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : m_text(text) {
        // A byte order mark is not a column an editor shows.
        m_starts.push_back(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            // YAML 1.2's line breaks: LF, CR LF, and a lone CR.
            if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) m_starts.push_back(i + 1);
        }
    }

    // The 0-based mark of byte offset `pos`; events arrive mostly in order,
    // so the last line found is tried before a search.
    YamlMark mark(std::size_t pos) {
        if (!(pos >= m_starts[m_cursor] && (m_cursor + 1 == m_starts.size() || pos < m_starts[m_cursor + 1]))) {
            const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), pos);
            m_cursor = it == m_starts.begin() ? 0 : static_cast<std::size_t>(it - m_starts.begin()) - 1;
        }
        const std::size_t start = m_starts[m_cursor];
        const std::size_t column = pos >= start ? pos - start : 0;
        return YamlMark{static_cast<int>(pos), static_cast<int>(m_cursor), static_cast<int>(column)};
    }

    // The 0-based mark of libfyaml's 1-based line and character column.
    YamlMark mark(int line, int column) const {
        if (line < 1) return YamlMark{0, 0, 0};
        const auto row = std::min(static_cast<std::size_t>(line - 1), m_starts.size() - 1);
        std::size_t pos = m_starts[row];
        for (int c = 1; c < column && pos < m_text.size() && m_text[pos] != '\n' && m_text[pos] != '\r'; ++c) {
            unsigned cp = 0;
            pos += std::max<std::size_t>(1, decode_utf8(m_text, pos, cp));
        }
        return YamlMark{static_cast<int>(pos), static_cast<int>(row), static_cast<int>(pos - m_starts[row])};
    }

    /// The text the index was built over.
    [[nodiscard]] std::string_view text() const { return m_text; }

private:
    std::string_view m_text;
    std::vector<std::size_t> m_starts;
    std::size_t m_cursor = 0;
};

// Stops the parse at the first refusal.
struct Refusal {
    YamlMark mark;
    std::string message;
};

std::string_view token_text(fy_token* token) {
    if (token == nullptr) return {};
    std::size_t length = 0;
    const char* text = fy_token_get_text(token, &length);
    return text == nullptr ? std::string_view{} : std::string_view(text, length);
}

struct TokenIterDeleter {
    void operator()(fy_token_iter* iter) const { fy_token_iter_destroy(iter); }
};

// A scalar's text, read chunk by chunk into `out`. Not fy_token_get_text:
// libfyaml 0.7.12 leaks the chunk array of a scalar with many chunks (long
// runs of '' escapes) when it formats the token's cached text (found by the
// inventory fuzz target under LeakSanitizer); its iterator frees it.
void read_scalar(fy_token* token, std::string& out) {
    const std::unique_ptr<fy_token_iter, TokenIterDeleter> iter(fy_token_iter_create(token));
    if (!iter) throw std::bad_alloc();
    int error = 0;
    const fy_iter_chunk* chunk = nullptr;
    while ((chunk = fy_token_iter_chunk_next(iter.get(), chunk, &error)) != nullptr) out.append(chunk->str, chunk->len);
    // 0.7.12's iterator also ends in error on a block scalar of blanks only
    // ("|" then an indented empty line); its formatted text is then the answer.
    if (error != 0) out.assign(token_text(token));
}

// yaml-cpp's and YAML 1.2 core schema's null spellings, for plain scalars.
bool is_null_text(std::string_view s) {
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

constexpr std::string_view k_tag_prefix = "tag:yaml.org,2002:";

// Builds the tree from libfyaml's events in one pass (aliases are events,
// not expansions, so this is linear) and refuses on the way what a reader
// would choke on.
class TreeBuilder {
public:
    TreeBuilder(YamlDocument& document, LineIndex& lines) : m_document(document), m_lines(lines) {}

    void on_event(fy_event* event) {
        const YamlMark mark = node_start(event);
        // An implicit document start has no position of its own: the refusal
        // of a second document waits for the first event of its content.
        if (m_documents > 1 && !mark.is_null() && event->type != FYET_DOCUMENT_END)
            throw Refusal{mark, "the file holds more than one YAML document; an inventory is one"};
        switch (event->type) {
            case FYET_DOCUMENT_START:
                if (++m_documents > 1 && !event->document_start.implicit)
                    throw Refusal{mark, "the file holds more than one YAML document; an inventory is one"};
                break;
            case FYET_SCALAR: on_scalar(event, mark); break;
            case FYET_ALIAS: on_alias(event, mark); break;
            case FYET_SEQUENCE_START: open(event, mark, YamlKind::sequence); break;
            case FYET_MAPPING_START: open(event, mark, YamlKind::map); break;
            case FYET_SEQUENCE_END:
            case FYET_MAPPING_END: close(); break;
            default: break;
        }
        if (const fy_mark* end = fy_event_end_mark(event)) m_previous_end = end->input_pos;
    }

    /// The document's root once parsing ended (null when it held nothing).
    [[nodiscard]] YamlNode root() const { return m_root; }
    /// Whether the stream held a document at all (a file of comments holds none).
    [[nodiscard]] bool saw_document() const { return m_documents > 0; }
    /// Byte offset where the last event ended: where a parse that stops stopped.
    [[nodiscard]] std::size_t previous_end() const { return m_previous_end; }

private:
    struct Frame {
        YamlData* data = nullptr;
        std::string anchor;
        long long size = 1;
        bool has_key = false;
        YamlNode key;
        bool key_is_merge = false;
        std::vector<std::size_t> merges;  // indices of `<<` pairs
    };
    struct Anchor {
        const YamlData* data;
        long long size;
        bool open;
    };

    static fy_token* anchor_of(fy_event* event) {
        switch (event->type) {
            case FYET_SCALAR: return event->scalar.anchor;
            case FYET_ALIAS: return event->alias.anchor;
            case FYET_SEQUENCE_START: return event->sequence_start.anchor;
            case FYET_MAPPING_START: return event->mapping_start.anchor;
            default: return nullptr;
        }
    }

    // Where a node starts as a reader sees it: at its anchor or tag when it
    // has them, at a quoted scalar's quote, at a block scalar's `|` or `>`
    // (libfyaml marks the content: past the quote, on the line after `|`).
    YamlMark node_start(fy_event* event) {
        const fy_mark* start = fy_event_start_mark(event);
        if (start == nullptr) return YamlMark{};
        std::size_t pos = start->input_pos;
        std::size_t properties_end = m_previous_end;
        fy_token* anchor = anchor_of(event);
        fy_token* tag = fy_event_get_tag_token(event);
        for (fy_token* property : {anchor, tag}) {
            if (property == nullptr) continue;
            // An anchor's or alias's token starts at its name, after '&' or '*'.
            const std::size_t begin = fy_token_start_mark(property)->input_pos - (property == anchor ? 1 : 0);
            pos = std::min(pos, begin);
            properties_end = std::max(properties_end, fy_token_end_mark(property)->input_pos);
        }
        if (event->type == FYET_SCALAR && pos == start->input_pos) {
            const fy_scalar_style style = fy_token_scalar_style(event->scalar.value);
            if (style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED) {
                if (pos > 0) --pos;
            } else if (style == FYSS_LITERAL || style == FYSS_FOLDED) {
                pos = block_indicator(properties_end, pos);
            }
        }
        return m_lines.mark(pos);
    }

    // The `|` or `>` between the token before a block scalar and its
    // content: only indicators, blanks and comments can stand there.
    [[nodiscard]] std::size_t block_indicator(std::size_t from, std::size_t content) const {
        const std::string_view text = m_lines.text();
        bool comment = false;
        for (std::size_t i = from; i < content && i < text.size(); ++i) {
            const char c = text[i];
            if (c == '\n' || c == '\r') comment = false;
            else if (c == '#') comment = true;
            else if (!comment && (c == '|' || c == '>')) return i;
        }
        return content;
    }

    void on_scalar(fy_event* event, const YamlMark& mark) {
        fy_token* token = event->scalar.value;
        const fy_scalar_style style = fy_token_scalar_style(token);
        m_text.clear();
        // A one-line plain scalar is the input's own bytes: libfyaml hands
        // them out without formatting, and without the iterator's allocation.
        const fy_mark* start = fy_token_start_mark(token);
        const fy_mark* end = fy_token_end_mark(token);
        if (style == FYSS_PLAIN && start != nullptr && end != nullptr && start->line == end->line)
            m_text.assign(token_text(token));
        else read_scalar(token, m_text);
        const std::string_view tag = token_text(event->scalar.tag);
        bool null = style == FYSS_PLAIN && is_null_text(m_text);
        if (!tag.empty()) null = tag == std::string(k_tag_prefix) + "null";
        YamlData& data = m_document.add(null ? YamlKind::null : YamlKind::scalar, mark);
        if (!null) data.scalar.assign(m_text);
        m_scalar_is_merge = style == FYSS_PLAIN && tag.empty() && m_text == "<<";
        leaf(mark, token_text(event->scalar.anchor), data);
    }

    void on_alias(fy_event* event, const YamlMark& mark) {
        m_aliases = true;
        const std::string_view name = token_text(event->alias.anchor);
        const auto it = m_anchors.find(std::string(name));
        if (it == m_anchors.end())
            throw Refusal{mark, "invalid YAML: alias '*" + printable(name) + "' names no anchor defined before it"};
        if (it->second.open) throw Refusal{mark, "an alias refers to a node that contains it (a recursive alias)"};
        add(mark, it->second.size);
        m_scalar_is_merge = false;
        attach(YamlNode(it->second.data));
    }

    // Counts `n` nodes (more for an alias: what it would expand to).
    void add(const YamlMark& mark, long long n) {
        m_expanded += n;
        if (!m_frames.empty()) m_frames.back().size += n;
        if (m_expanded <= max_yaml_expanded_nodes) return;
        const std::string limit = std::to_string(max_yaml_expanded_nodes);
        throw Refusal{
            mark, m_aliases ? "YAML aliases expand to more than " + limit + " nodes (an alias bomb?)"
                            : "the file holds more than " + limit + " YAML nodes; an inventory is a plan, not data"};
    }

    // Hangs a finished node on the open container, or makes it the root.
    void attach(YamlNode node) {
        if (m_frames.empty()) {
            m_root = node;
            return;
        }
        Frame& parent = m_frames.back();
        if (parent.data->kind == YamlKind::sequence) {
            parent.data->items->push_back(node);
        } else if (!parent.has_key) {
            parent.key = node;
            parent.has_key = true;
            parent.key_is_merge = m_scalar_is_merge;
        } else {
            if (parent.key_is_merge) parent.merges.push_back(parent.data->pairs->size());
            parent.data->pairs->push_back(YamlPair{parent.key, node});
            parent.has_key = false;
        }
    }

    void leaf(const YamlMark& mark, std::string_view anchor, const YamlData& data) {
        add(mark, 1);
        if (!anchor.empty()) m_anchors[std::string(anchor)] = Anchor{&data, 1, false};
        attach(YamlNode(&data));
    }

    void open(fy_event* event, const YamlMark& mark, YamlKind kind) {
        if (static_cast<int>(m_frames.size()) >= max_yaml_depth)
            throw Refusal{mark, "YAML nesting is deeper than " + std::to_string(max_yaml_depth) + " levels"};
        add(mark, 1);
        YamlData& data = m_document.add(kind, mark);
        const std::string_view anchor =
            token_text(kind == YamlKind::map ? event->mapping_start.anchor : event->sequence_start.anchor);
        if (!anchor.empty()) m_anchors[std::string(anchor)] = Anchor{&data, 1, true};
        Frame frame;
        frame.data = &data;
        frame.anchor = anchor;
        m_frames.push_back(std::move(frame));
    }

    void close() {
        Frame done = std::move(m_frames.back());
        m_frames.pop_back();
        if (!done.merges.empty()) resolve_merges(done);
        if (!done.anchor.empty()) m_anchors[done.anchor] = Anchor{done.data, done.size, false};
        // The parent already counted our nodes one by one through add().
        if (!m_frames.empty()) m_frames.back().size += done.size - 1;
        m_scalar_is_merge = false;
        attach(YamlNode(done.data));
    }

    // YAML's merge key: `<<: *base` (or a list of them) brings the pairs of
    // the named mappings in, where the `<<` was written, behind every key the
    // mapping writes itself and the mappings listed before.
    void resolve_merges(const Frame& frame) {
        std::vector<YamlPair>& pairs = *frame.data->pairs;
        std::vector<bool> is_merge(pairs.size(), false);
        for (const std::size_t i : frame.merges) is_merge[i] = true;
        std::unordered_set<std::string_view> taken;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            if (!is_merge[i] && pairs[i].first.is_scalar()) taken.insert(pairs[i].first.scalar());
        }
        std::vector<YamlPair> merged;
        merged.reserve(pairs.size());
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            if (!is_merge[i]) {
                merged.push_back(pairs[i]);
                continue;
            }
            const YamlNode value = pairs[i].second;
            const std::string message = "invalid YAML: a merge key ('<<') takes a mapping or a list of mappings";
            std::vector<YamlNode> sources;
            if (value.is_map()) sources.push_back(value);
            else if (value.is_sequence()) sources = value.items();
            // At the `<<`: an alias's node carries its anchor's position.
            else throw Refusal{pairs[i].first.mark(), message};
            for (const YamlNode& source : sources) {
                if (!source.is_map()) throw Refusal{pairs[i].first.mark(), message};
            }
            for (const YamlNode& source : sources) {
                for (const YamlPair& pair : source.pairs()) {
                    if (pair.first.is_scalar() && !taken.insert(pair.first.scalar()).second) continue;
                    merged.push_back(pair);
                }
            }
        }
        pairs = std::move(merged);
    }

    YamlDocument& m_document;
    LineIndex& m_lines;
    std::string m_text;              // the scalar being read, reused
    std::size_t m_previous_end = 0;  // byte offset where the last event ended
    int m_documents = 0;
    bool m_aliases = false;
    bool m_scalar_is_merge = false;
    long long m_expanded = 0;
    std::vector<Frame> m_frames;
    std::unordered_map<std::string, Anchor> m_anchors;
    YamlNode m_root;
};

// A resource guard, not a parser: libfyaml's scanner reads a whole run of
// flow openers ahead (each might start a key) before the first event, so
// the builder's depth check comes too late for "[[[[…": a million of them
// cost libfyaml 0.7 6.5 s and 350 MB. So flow nesting is measured on the
// raw text first, skipping quoted scalars and comments. It reads no
// structure and can only refuse the absurd (over 64 brackets open at once).
std::optional<SourceLocation> too_deep_flow(std::string_view text, const std::string& file) {
    int depth = 0;
    int line = 1;
    int column = 0;
    char quote = 0;
    bool comment = false;
    char prev = '\n';
    auto starts_token = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '[' || c == '{' || c == ',' || c == ':' || c == '-' ||
               c == '?';
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

// The first diagnostic libfyaml collected at `level` or above, if any.
const fy_diag_error* first_diagnostic(fy_diag* diag, fy_error_type level) {
    void* iterator = nullptr;
    while (const fy_diag_error* error = fy_diag_errors_iterate(diag, &iterator)) {
        if (error->type >= level) return error;
    }
    return nullptr;
}

// The first error libfyaml collected, as an "invalid YAML" diagnostic.
void report_syntax_error(fy_diag* diag, LineIndex& lines, std::size_t stopped_after, const std::string& file,
                         Diagnostics& diagnostics) {
    if (const fy_diag_error* error = first_diagnostic(diag, FYET_ERROR)) {
        diagnostics.error(location_of(file, lines.mark(error->line, error->column)),
                          "invalid YAML: " + printable(error->msg == nullptr ? "" : error->msg));
        return;
    }
    // libfyaml 0.7 stops on some errors (`|0`) without a message: point at
    // the first token after the last one it read.
    const std::string_view text = lines.text();
    std::size_t pos = stopped_after;
    while (pos < text.size() && std::string_view(" \t\r\n:-?,").find(text[pos]) != std::string_view::npos) ++pos;
    diagnostics.error(location_of(file, lines.mark(pos)), "invalid YAML: cannot parse what starts here");
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
                                     : std::string("invalid UTF-8 (byte ") + byte + "); an inventory is UTF-8 text");
            return false;
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            // Bytes, not characters, as every location tollgate prints.
            column += static_cast<int>(n);
        }
        i += n;
    }
    return true;
}

std::optional<YamlDocument> parse_yaml_document(std::string_view text, const std::string& file,
                                                Diagnostics& diagnostics) {
    if (const auto deep = too_deep_flow(text, file)) {
        diagnostics.error(*deep, "YAML nesting is deeper than " + std::to_string(max_yaml_depth) + " levels");
        return std::nullopt;
    }
    fy_diag_cfg diag_config;
    fy_diag_cfg_default(&diag_config);
    diag_config.fp = nullptr;  // collected below, never printed
    diag_config.output_fn = nullptr;
    const DiagHandle diag(fy_diag_create(&diag_config));
    if (!diag) throw std::bad_alloc();
    fy_diag_set_collect_errors(diag.get(), true);

    fy_parse_cfg config{};
    config.flags = FYPCF_QUIET;
    config.diag = diag.get();
    // libfyaml 0.7.12 reads uninitialised memory formatting a block scalar
    // whose only line is blanks at the very end of a file without a final
    // line break ("a: |\n   "; a fuzz finding, shown by valgrind), so such
    // a file is parsed with the line break. Nothing else ends that way.
    std::string with_break;
    const std::size_t last_line = text.find_last_of("\n\r") + 1;  // npos + 1 == 0
    if (last_line < text.size() && text.find_first_not_of(" \t", last_line) == std::string_view::npos) {
        with_break.reserve(text.size() + 1);
        with_break.append(text).push_back('\n');
        text = with_break;
    }
    const ParserHandle parser(fy_parser_create(&config));
    if (!parser || fy_parser_set_string(parser.get(), text.data(), text.size()) != 0) throw std::bad_alloc();

    LineIndex lines(text);
    YamlDocument document;
    TreeBuilder builder(document, lines);
    try {
        while (fy_event* raw = fy_parser_parse(parser.get())) {
            const EventHandle event(parser.get(), raw);
            builder.on_event(event.get());
        }
    } catch (const Refusal& r) {
        diagnostics.error(location_of(file, r.mark), r.message);
        return std::nullopt;
    }
    if (fy_parser_get_stream_error(parser.get())) {
        report_syntax_error(diag.get(), lines, builder.previous_end(), file, diagnostics);
        return std::nullopt;
    }
    // A directive libfyaml does not know is only a warning to it, and a
    // stream of such directives and no document passes as empty.
    if (!builder.saw_document()) {
        if (const fy_diag_error* warning = first_diagnostic(diag.get(), FYET_WARNING)) {
            diagnostics.error(location_of(file, lines.mark(warning->line, 1)),
                              "invalid YAML: a directive without a document (" +
                                  printable(warning->msg == nullptr ? "" : warning->msg) + ")");
            return std::nullopt;
        }
    }
    document.set_root(builder.root());
    return document;
}

}  // namespace tollgate
