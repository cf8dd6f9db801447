#include "runner/report/json_writer.hpp"

#include "runner/core/text.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tollgate {

namespace {

void append_escaped(std::string& out, std::string_view text) {
    out += '"';
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

}  // namespace

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_empty.empty()) return;
    m_out += m_empty.back() ? "\n" : ",\n";
    m_empty.back() = false;
    m_out.append(2 * m_empty.size(), ' ');
}

void JsonWriter::open(char bracket) {
    before_value();
    m_out += bracket;
    m_empty.push_back(true);
}

void JsonWriter::close(char bracket) {
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty) {
        m_out += '\n';
        m_out.append(2 * m_empty.size(), ' ');
    }
    m_out += bracket;
    if (m_empty.empty()) m_out += '\n';
}

void JsonWriter::begin_object() {
    open('{');
}
void JsonWriter::end_object() {
    close('}');
}
void JsonWriter::begin_array() {
    open('[');
}
void JsonWriter::end_array() {
    close(']');
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    append_escaped(m_out, is_valid_utf8(name) ? std::string(name) : printable(name));
    m_out += ": ";
    m_after_key = true;
    return *this;
}

void JsonWriter::value(std::string_view text) {
    before_value();
    if (is_valid_utf8(text)) append_escaped(m_out, text);
    else append_escaped(m_out, printable(text));
}

void JsonWriter::value(int number) {
    value(static_cast<long long>(number));
}

void JsonWriter::value(long long number) {
    before_value();
    m_out += std::to_string(number);
}

void JsonWriter::value(double number) {
    before_value();
    if (!std::isfinite(number)) {
        m_out += "null";
        return;
    }
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, number);
    const std::string_view text(buf, static_cast<std::size_t>(result.ptr - buf));
    m_out += text;
    if (text.find_first_of(".eE") == std::string_view::npos) m_out += ".0";
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

}  // namespace tollgate
