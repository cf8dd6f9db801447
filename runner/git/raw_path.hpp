#pragma once

// Git paths are raw bytes (often UTF-8, not always). JSON needs valid
// UTF-8, and nlohmann::json throws on anything else, so every JSON writer of
// paths uses these two functions: `path` carries lossy_utf8(raw) and, only
// when the raw bytes are not valid UTF-8, `path_bytes` carries base64(raw),
// which round-trips exactly. Text output uses printable() instead.

#include <string>
#include <string_view>

namespace tollgate {

/// `raw` unchanged when it is valid UTF-8; else each invalid byte becomes U+FFFD.
std::string lossy_utf8(std::string_view raw);

/// Standard base64 (RFC 4648, with '=' padding) of `raw`.
std::string base64_encode(std::string_view raw);

/// Inverse of base64_encode; returns false on malformed input.
bool base64_decode(std::string_view text, std::string& out);

}  // namespace tollgate
