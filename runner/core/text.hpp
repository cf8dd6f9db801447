#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// Splits on `sep`, keeping empty fields.
std::vector<std::string> split(std::string_view text, char sep);
/// Joins with `sep` between items.
std::string join(const std::vector<std::string>& items, std::string_view sep);
/// Removes ASCII whitespace at both ends.
std::string_view trim(std::string_view text);
/// True for ASCII whitespace: space, tab, LF, CR, FF, VT (isspace in the C locale).
constexpr bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
/// True for whitespace as XML and JSON define it: space, tab, LF, CR.
constexpr bool is_markup_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
/// True when `a` and `b` are equal but for the case of ASCII letters (no locale).
bool equals_ignoring_case(std::string_view a, std::string_view b);
/// Replaces control characters (C0, DEL and the C1 range U+0080..U+009F) and
/// invalid UTF-8 with visible escapes ("\x1B", "\n", "\u{9B}", "\xFF"), so a
/// hostile file name cannot drive the terminal.
std::string printable(std::string_view text);
/// Appends printable(text) to `out`; plain printable ASCII is copied as is.
void append_printable(std::string& out, std::string_view text);
/// True when text[i..i+1] is a C1 control (U+0080..U+009F) encoded in UTF-8.
bool is_c1_control(std::string_view text, std::size_t i);
/// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);
/// The UTF-8 sequence at text[i]: its length (1 to 4) with its code point in
/// `cp`, or 0 when the bytes there are not valid UTF-8 (overlong, surrogate…).
std::size_t decode_utf8(std::string_view text, std::size_t i, unsigned& cp);
/// Appends code point `cp` (at most U+10FFFF) encoded as UTF-8.
void append_utf8(std::string& out, unsigned long cp);

}  // namespace tollgate
