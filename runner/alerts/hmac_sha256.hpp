#pragma once

// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104) for the webhook channel's
// signature header. Written here rather than taken from libcrypto so that the
// executable links no TLS library: libcurl, which brings one, is loaded only
// when an alert is sent (alerts/curl_sender.cpp).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tollgate {

/// The SHA-256 digest of `data`.
std::array<std::uint8_t, 32> sha256(std::string_view data);

/// HMAC-SHA256 of `data` under `key`, as 64 lowercase hex digits.
std::string hmac_sha256_hex(std::string_view key, std::string_view data);

}  // namespace tollgate
