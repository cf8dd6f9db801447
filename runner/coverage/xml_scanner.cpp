#include "runner/coverage/xml_scanner.hpp"

#include "runner/core/text.hpp"
#include "runner/coverage/report_input.hpp"

#include <cstring>

namespace tollgate {

namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::string xml_decode(std::string_view raw) {
    if (raw.find('&') == std::string_view::npos) return std::string(raw);
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '&') {
            out += raw[i];
            continue;
        }
        const auto semi = raw.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += raw[i];
            continue;
        }
        const auto ent = raw.substr(i + 1, semi - i - 1);
        if (ent == "lt") out += '<';
        else if (ent == "gt") out += '>';
        else if (ent == "amp") out += '&';
        else if (ent == "quot") out += '"';
        else if (ent == "apos") out += '\'';
        else if (ent.size() > 1 && ent[0] == '#') {
            const bool hex = ent[1] == 'x' || ent[1] == 'X';
            unsigned long cp = 0;
            bool ok = ent.size() > (hex ? 2u : 1u);
            for (std::size_t k = hex ? 2 : 1; k < ent.size() && ok; ++k) {
                const char c = ent[k];
                int d = -1;
                if (c >= '0' && c <= '9') d = c - '0';
                else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
                ok = d >= 0;
                cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d < 0 ? 0 : d);
                if (cp > 0x10FFFF) ok = false;
            }
            if (!ok) {
                out.append(raw.substr(i, semi - i + 1));
            } else {
                append_utf8(out, cp);
            }
        } else {
            out.append(raw.substr(i, semi - i + 1));
        }
        i = semi;
    }
    return out;
}

XmlScanner::XmlScanner(std::string_view text, std::string origin, ReleaseCadence* cadence)
    : m_doc(text), m_origin(std::move(origin)), m_cadence(cadence) {
    // A UTF-8 byte order mark is allowed before the prolog.
    if (m_doc.starts_with("\xEF\xBB\xBF")) m_pos = 3;
}

SourceLocation XmlScanner::location() const {
    return location_at(m_doc, m_event_start, m_origin);
}

void XmlScanner::fail(const std::string& message) const {
    fail_at(m_event_start, message);
}

void XmlScanner::fail_at(std::size_t offset, const std::string& message) const {
    throw ReportError(location_at(m_doc, offset, m_origin), message);
}

std::optional<std::string_view> XmlScanner::raw_attribute(std::string_view name) const {
    for (const auto& [key, value] : m_attributes) {
        if (key == name) return value;
    }
    return std::nullopt;
}

std::optional<std::string> XmlScanner::attribute(std::string_view name) const {
    const auto raw = raw_attribute(name);
    if (!raw) return std::nullopt;
    return xml_decode(*raw);
}

std::string_view XmlScanner::scan_name() {
    const std::size_t start = m_pos;
    while (m_pos < m_doc.size() && is_name_char(m_doc[m_pos])) ++m_pos;
    return m_doc.substr(start, m_pos - start);
}

XmlScanner::Event XmlScanner::next() {
    if (m_pending_end) {
        m_pending_end = false;
        m_self_closing = false;
        m_stack.pop_back();
        return Event::end;
    }
    while (true) {
        m_event_start = m_pos;
        if (m_pos >= m_doc.size()) {
            if (!m_stack.empty()) {
                fail_at(m_stack.back().second,
                        "truncated XML: <" + std::string(m_stack.back().first) + "> is never closed");
            }
            if (!m_seen_root) fail_at(0, "no XML element found");
            return Event::eof;
        }
        if (m_doc[m_pos] != '<') {
            const std::size_t lt = find_byte(m_doc, m_pos, '<', m_cadence);
            const std::size_t end = lt == std::string_view::npos ? m_doc.size() : lt;
            m_text = m_doc.substr(m_pos, end - m_pos);
            m_pos = end;
            if (m_stack.empty()) {
                if (m_text.find_first_not_of(" \t\r\n") != std::string_view::npos) {
                    fail("text outside the root element");
                }
                continue;
            }
            return Event::text;
        }
        if (m_pos + 1 >= m_doc.size()) fail("truncated XML: '<' at the end of the file");
        const char c = m_doc[m_pos + 1];
        if (c == '?' || c == '!') {
            if (m_doc.compare(m_pos, 9, "<![CDATA[") == 0) {
                const auto close = m_doc.find("]]>", m_pos + 9);
                if (close == std::string_view::npos) fail("truncated XML: CDATA section is never closed");
                m_text = m_doc.substr(m_pos + 9, close - m_pos - 9);
                m_pos = close + 3;
                if (m_stack.empty()) fail("text outside the root element");
                return Event::text;
            }
            skip_markup();
            continue;
        }
        if (c == '/') {
            scan_end_tag();
            return Event::end;
        }
        scan_start_tag();
        return Event::start;
    }
}

void XmlScanner::skip_markup() {
    if (m_doc.compare(m_pos, 4, "<!--") == 0) {
        const auto close = m_doc.find("-->", m_pos + 4);
        if (close == std::string_view::npos) fail("truncated XML: comment is never closed");
        m_pos = close + 3;
        return;
    }
    if (m_doc[m_pos + 1] == '?') {
        const auto close = m_doc.find("?>", m_pos + 2);
        if (close == std::string_view::npos) fail("truncated XML: processing instruction is never closed");
        m_pos = close + 2;
        return;
    }
    // <!DOCTYPE …> may hold an internal subset in brackets and quoted ids.
    int brackets = 0;
    char quote = 0;
    for (std::size_t i = m_pos + 2; i < m_doc.size(); ++i) {
        const char c = m_doc[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            ++brackets;
        } else if (c == ']') {
            --brackets;
        } else if (c == '>' && brackets <= 0) {
            m_pos = i + 1;
            return;
        }
    }
    fail("truncated XML: declaration is never closed");
}

void XmlScanner::scan_start_tag() {
    ++m_pos;  // '<'
    m_name = scan_name();
    if (m_name.empty()) fail("malformed XML: expected an element name after '<'");
    if (m_stack.empty() && m_seen_root) fail("malformed XML: a second root element <" + std::string(m_name) + ">");
    m_attributes.clear();
    m_self_closing = false;
    while (true) {
        while (m_pos < m_doc.size() && is_markup_space(m_doc[m_pos])) ++m_pos;
        if (m_pos >= m_doc.size()) fail("truncated XML: tag <" + std::string(m_name) + "> is cut off");
        const char c = m_doc[m_pos];
        if (c == '>') {
            ++m_pos;
            break;
        }
        if (c == '/') {
            if (m_pos + 1 >= m_doc.size()) fail("truncated XML: tag <" + std::string(m_name) + "> is cut off");
            if (m_doc[m_pos + 1] != '>') fail_at(m_pos, "malformed XML: expected '/>'");
            m_pos += 2;
            m_self_closing = true;
            break;
        }
        const std::size_t attr_start = m_pos;
        const auto key = scan_name();
        if (key.empty()) fail_at(attr_start, std::string("malformed XML: unexpected '") + c + "' in a tag");
        while (m_pos < m_doc.size() && is_markup_space(m_doc[m_pos])) ++m_pos;
        if (m_pos >= m_doc.size()) fail("truncated XML: tag <" + std::string(m_name) + "> is cut off");
        if (m_doc[m_pos] != '=') fail_at(m_pos, "malformed XML: attribute '" + std::string(key) + "' has no value");
        ++m_pos;
        while (m_pos < m_doc.size() && is_markup_space(m_doc[m_pos])) ++m_pos;
        if (m_pos >= m_doc.size()) fail("truncated XML: tag <" + std::string(m_name) + "> is cut off");
        const char quote = m_doc[m_pos];
        if (quote != '"' && quote != '\'') fail_at(m_pos, "malformed XML: attribute value must be quoted");
        const auto close = m_doc.find(quote, m_pos + 1);
        if (close == std::string_view::npos) fail("truncated XML: tag <" + std::string(m_name) + "> is cut off");
        m_attributes.emplace_back(key, m_doc.substr(m_pos + 1, close - m_pos - 1));
        m_pos = close + 1;
    }
    m_seen_root = true;
    m_stack.emplace_back(m_name, m_event_start);
    m_pending_end = m_self_closing;
}

void XmlScanner::scan_end_tag() {
    m_pos += 2;  // "</"
    m_name = scan_name();
    while (m_pos < m_doc.size() && is_markup_space(m_doc[m_pos])) ++m_pos;
    if (m_pos >= m_doc.size()) fail("truncated XML: end tag is cut off");
    if (m_doc[m_pos] != '>') fail_at(m_pos, "malformed XML: expected '>' to close </" + std::string(m_name) + ">");
    ++m_pos;
    if (m_stack.empty()) fail("malformed XML: </" + std::string(m_name) + "> closes nothing");
    if (m_stack.back().first != m_name) {
        fail("malformed XML: </" + std::string(m_name) + "> closes <" + std::string(m_stack.back().first) +
             "> opened at line " + std::to_string(location_at(m_doc, m_stack.back().second, m_origin).line));
    }
    m_stack.pop_back();
    m_self_closing = false;
}

void scan_document(XmlScanner& xml, ReleaseCadence& cadence, std::string_view root, std::string_view format,
                   const XmlHandlers& handlers) {
    bool at_root = true;
    while (true) {
        const auto event = xml.next();
        if (event == XmlScanner::Event::eof) break;
        if (event == XmlScanner::Event::start) {
            if (at_root && xml.name() != root) {
                xml.fail("not a " + std::string(format) + " report: the root element is <" + std::string(xml.name()) +
                         ">, not <" + std::string(root) + ">");
            }
            at_root = false;
            handlers.on_start();
        } else if (event == XmlScanner::Event::end) {
            handlers.on_end();
        } else if (handlers.on_text) {
            handlers.on_text();
        }
        cadence.reached(xml.offset());
    }
}

}  // namespace tollgate
