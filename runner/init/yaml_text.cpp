#include "runner/init/yaml_text.hpp"

#include "runner/core/text.hpp"

#include <cctype>
#include <cstdio>

namespace tollgate {

namespace {

bool plain_safe(std::string_view text) {
    if (text.empty() || text != trim(text)) return false;
    // Indicators that change meaning at the start of a plain scalar.
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`~").find(text.front()) != std::string_view::npos) return false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f || u >= 0x80) return false;
        if (std::string_view(",[]{}\"'").find(c) != std::string_view::npos) return false;
    }
    if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return false;
    if (text.back() == ':') return false;
    // Words YAML 1.1 readers turn into booleans or null, and numbers: keep them strings.
    static const std::vector<std::string_view> reserved = {"true", "false", "yes", "no", "on", "off", "null", "~"};
    for (const auto word : reserved) {
        if (equals_ignoring_case(text, word)) return false;
    }
    return text.find_first_not_of("0123456789.+-eE") != std::string_view::npos;
}

}  // namespace

std::string yaml_scalar(std::string_view text) {
    // The loader refuses invalid UTF-8; a plan's stray bytes are shown, not copied.
    if (!is_valid_utf8(text)) return yaml_scalar(printable(text));
    if (plain_safe(text)) return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

std::string yaml_flow_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += yaml_scalar(items[i]);
    }
    out += ']';
    return out;
}

std::string comment_text(std::string_view text) {
    std::string out = printable(text);
    for (auto& c : out) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    return out;
}

std::string slug_id(std::string_view text) {
    std::string out;
    bool pending_dash = false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 && u < 0x80) {
            if (pending_dash && !out.empty()) out += '-';
            pending_dash = false;
            out += static_cast<char>(std::tolower(u));
        } else {
            pending_dash = true;
        }
    }
    return out;
}

}  // namespace tollgate
