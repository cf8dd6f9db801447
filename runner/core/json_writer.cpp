#include "runner/core/json_writer.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace tollgate {

namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";  // U+FFFD

// Bytes of the UTF-8 sequence at s[i] that are a valid start of one: its
// length when complete (`complete` set), else the length of the longest
// prefix that could still begin a character (at least 1). The ranges are
// the Unicode table of well-formed sequences, which is also what nlohmann's
// decoder accepts, so a replacement covers the same bytes as dump's.
std::size_t utf8_sequence(std::string_view s, std::size_t i, bool& complete) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t need = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        complete = false;
        return 1;
    }
    std::size_t k = 1;
    for (; k <= need && i + k < s.size(); ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if (cc < lo || cc > hi) break;
        lo = 0x80;
        hi = 0xBF;
    }
    complete = k == need + 1;
    return k;
}

void append_escape(std::string& out, unsigned char c) {
    switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            constexpr std::string_view hex = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    // Runs of bytes JSON takes as they are go in one append: most strings
    // (ids, paths) are one such run.
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            bool complete = false;
            const std::size_t n = utf8_sequence(text, i, complete);
            if (complete) {
                i += n;
                continue;
            }
            out.append(text.substr(run, i - run));
            out += k_replacement;
            i += n;
            run = i;
            continue;
        }
        out.append(text.substr(run, i - run));
        append_escape(out, c);
        run = ++i;
    }
    out.append(text.substr(run));
    out += '"';
}

JsonWriter::JsonWriter(Layout layout, KeyOrder keys) : m_layout(layout), m_keys(keys) {}

void JsonWriter::separator(std::string& out, bool first) const {
    if (m_layout == Layout::compact) {
        if (!first) out += ',';
        return;
    }
    out += first ? "\n" : ",\n";
    out.append(2 * m_stack.size(), ' ');
}

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_stack.empty()) return;
    separator(m_out, m_stack.back().empty);
    m_stack.back().empty = false;
}

void JsonWriter::open(char bracket, bool object) {
    before_value();
    m_out += bracket;
    m_stack.push_back(Frame{true, object && m_keys == KeyOrder::sorted, {}});
}

void JsonWriter::close(char bracket) {
    Frame& frame = m_stack.back();
    if (frame.sorted) sort_members(frame);
    const bool empty = frame.empty;
    m_stack.pop_back();
    if (!empty && m_layout == Layout::pretty) {
        m_out += '\n';
        m_out.append(2 * m_stack.size(), ' ');
    }
    m_out += bracket;
    if (m_stack.empty()) m_out += '\n';
}

// The members were written in the caller's order; each is moved, whole, to
// its place by key. Nested objects are already sorted, and a member's text
// does not depend on its place but for the separator before it.
void JsonWriter::sort_members(Frame& frame) {
    auto& members = frame.members;
    if (std::is_sorted(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.key < b.key; }))
        return;
    std::vector<std::string_view> bodies(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
        const std::size_t end = i + 1 < members.size() ? members[i + 1].separator : m_out.size();
        bodies[i] = std::string_view(m_out).substr(members[i].body, end - members[i].body);
    }
    std::vector<std::size_t> order(members.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return members[a].key < members[b].key; });
    // The separators are those of the object's depth: the frame is still open.
    std::string sorted;
    sorted.reserve(m_out.size() - members.front().separator);
    for (std::size_t k = 0; k < order.size(); ++k) {
        separator(sorted, k == 0);
        sorted += bodies[order[k]];
    }
    m_out.replace(members.front().separator, std::string::npos, sorted);
}

void JsonWriter::begin_object() {
    open('{', true);
}
void JsonWriter::end_object() {
    close('}');
}
void JsonWriter::begin_array() {
    open('[', false);
}
void JsonWriter::end_array() {
    close(']');
}

JsonWriter& JsonWriter::key(std::string_view name) {
    Frame& frame = m_stack.back();
    if (frame.sorted) frame.members.push_back(Member{std::string(name), m_out.size(), 0});
    before_value();
    if (frame.sorted) frame.members.back().body = m_out.size();
    append_json_string(m_out, name);
    m_out += m_layout == Layout::pretty ? ": " : ":";
    m_after_key = true;
    return *this;
}

void JsonWriter::value(std::string_view text) {
    before_value();
    append_json_string(m_out, text);
}

void JsonWriter::value_or_null(std::string_view text) {
    if (text.empty()) null();
    else value(text);
}

void JsonWriter::value(long long number) {
    before_value();
    char buf[24];
    m_out.append(buf, std::to_chars(buf, buf + sizeof buf, number).ptr);
}

void JsonWriter::value(unsigned long long number) {
    before_value();
    char buf[24];
    m_out.append(buf, std::to_chars(buf, buf + sizeof buf, number).ptr);
}

void JsonWriter::value(double number) {
    before_value();
    if (!std::isfinite(number)) {
        m_out += "null";
        return;
    }
    // nlohmann's own Grisu2 formatter, so a number reads as dump wrote it:
    // std::to_chars differs in places ("1e-04" for 0.0001).
    char buf[64];
    m_out.append(buf, nlohmann::detail::to_chars(buf, buf + sizeof buf, number));
}

void JsonWriter::value(bool flag) {
    before_value();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null() {
    before_value();
    m_out += "null";
}

void JsonWriter::value(const std::vector<std::string>& items) {
    begin_array();
    for (const auto& item : items) value(item);
    end_array();
}

std::string JsonWriter::take() {
    std::string out;
    std::swap(out, m_out);
    return out;
}

JsonWriter JsonWriter::continuation(bool after_items, std::string buffer) const {
    JsonWriter part(m_layout, KeyOrder::as_written);
    buffer.clear();
    part.m_out = std::move(buffer);
    part.m_stack.resize(m_stack.size());
    for (auto& frame : part.m_stack) frame.empty = false;
    if (!part.m_stack.empty()) part.m_stack.back().empty = !after_items;
    return part;
}

void JsonWriter::after_continued_items() {
    if (!m_stack.empty()) m_stack.back().empty = false;
}

std::string append_member(const std::string& document, std::string_view key, const std::string& value) {
    const bool empty = document == "{}\n";
    if (!empty && !document.ends_with("\n}\n")) {
        throw std::invalid_argument("append_member: not a pretty JSON object");
    }
    std::string out = empty ? std::string("{") : document.substr(0, document.size() - 3) + ",";
    out += "\n  ";
    append_json_string(out, key);
    out += ": ";
    // The value's own lines, one level deeper (dump(2) indents each level by two spaces).
    std::string_view rest(value);
    if (rest.ends_with('\n')) rest.remove_suffix(1);
    for (std::size_t at = 0;;) {
        const auto end = rest.find('\n', at);
        out += rest.substr(at, end == std::string_view::npos ? std::string_view::npos : end + 1 - at);
        if (end == std::string_view::npos) break;
        out += "  ";
        at = end + 1;
    }
    out += "\n}\n";
    return out;
}

}  // namespace tollgate
