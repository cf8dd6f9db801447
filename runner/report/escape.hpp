#pragma once

// Every escaper of the report area in one place, so a renderer that needs
// another format's escaping includes this instead of that format's renderer.

#include <string>
#include <string_view>

namespace tollgate {

/// Escapes text for one Markdown table cell (pipes, newlines, HTML-ish brackets).
std::string markdown_cell(const std::string& text);

/// Text safe in HTML and SVG element content and quoted attributes: control
/// characters (ANSI escapes) and invalid UTF-8 are made visible first
/// (text.hpp printable), then & < > " ' become character references.
std::string html_escape(std::string_view text);

/// Makes arbitrary bytes legal XML 1.0 character data: characters XML
/// forbids (controls other than tab, newline and carriage return; U+FFFE,
/// U+FFFF) and invalid UTF-8 bytes become visible escapes like "\x1B".
std::string xml_safe(std::string_view text);

/// Escapes a workflow command's message: % \r \n as %25 %0D %0A.
std::string github_escape_data(std::string_view text);
/// Escapes a workflow command's property value: as data, plus : and , as %3A %2C.
std::string github_escape_property(std::string_view text);

}  // namespace tollgate
