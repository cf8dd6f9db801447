#include "runner/report/escape.hpp"

#include "runner/core/text.hpp"

#include <cstdio>

namespace tollgate {

namespace {

bool xml_allowed(unsigned cp) {
    if (cp == 0x9 || cp == 0xA || cp == 0xD) return true;
    if (cp < 0x20) return false;
    return cp != 0xFFFE && cp != 0xFFFF;
}

}  // namespace

std::string markdown_cell(const std::string& text) {
    std::string out;
    std::size_t line_start = 0;
    for (const auto& line : split(text, '\n')) {
        if (line_start++ > 0) out += "<br>";
        for (const char c : printable(line)) {
            switch (c) {
                case '|': out += "\\|"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '&': out += "&amp;"; break;
                default: out += c;
            }
        }
    }
    return out;
}

std::string html_escape(std::string_view text) {
    std::string out;
    for (const char c : printable(text)) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string xml_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        unsigned cp = 0;
        const std::size_t n = decode_utf8(text, i, cp);
        char buf[16];
        if (n == 0) {
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(text[i]));
            out += buf;
            ++i;
        } else if (!xml_allowed(cp)) {
            if (cp < 0x80) std::snprintf(buf, sizeof buf, "\\x%02X", cp);
            else std::snprintf(buf, sizeof buf, "\\u{%X}", cp);
            out += buf;
            i += n;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string github_escape_data(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            default: out += c;
        }
    }
    return out;
}

std::string github_escape_property(std::string_view text) {
    std::string out;
    for (const char c : github_escape_data(text)) {
        switch (c) {
            case ':': out += "%3A"; break;
            case ',': out += "%2C"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace tollgate
