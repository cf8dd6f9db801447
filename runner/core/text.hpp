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
/// Replaces control characters and invalid UTF-8 with visible escapes, so a
/// hostile file name cannot drive the terminal.
std::string printable(std::string_view text);
/// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace tollgate
