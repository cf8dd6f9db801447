#include "runner/git/raw_path.hpp"

#include "runner/core/text.hpp"

#include <array>

namespace tollgate {

namespace {

constexpr std::string_view k_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int sextet(char c) {
    const auto pos = k_alphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

}  // namespace

std::string lossy_utf8(std::string_view raw) {
    if (is_valid_utf8(raw)) return std::string(raw);
    std::string out;
    out.reserve(raw.size() + 8);
    for (std::size_t i = 0; i < raw.size();) {
        // Take the longest prefix that is valid UTF-8 (1 to 4 bytes).
        std::size_t n = 0;
        for (std::size_t len = 1; len <= 4 && i + len <= raw.size(); ++len) {
            if (is_valid_utf8(raw.substr(i, len))) {
                n = len;
                break;
            }
        }
        if (n == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
            ++i;
        } else {
            out.append(raw.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string base64_encode(std::string_view raw) {
    std::string out;
    out.reserve((raw.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < raw.size(); i += 3) {
        std::array<unsigned, 3> b{0, 0, 0};
        const std::size_t n = std::min<std::size_t>(3, raw.size() - i);
        for (std::size_t k = 0; k < n; ++k) b[k] = static_cast<unsigned char>(raw[i + k]);
        const unsigned v = (b[0] << 16) | (b[1] << 8) | b[2];
        out += k_alphabet[(v >> 18) & 63];
        out += k_alphabet[(v >> 12) & 63];
        out += n > 1 ? k_alphabet[(v >> 6) & 63] : '=';
        out += n > 2 ? k_alphabet[v & 63] : '=';
    }
    return out;
}

bool base64_decode(std::string_view text, std::string& out) {
    out.clear();
    if (text.size() % 4 != 0) return false;
    for (std::size_t i = 0; i < text.size(); i += 4) {
        unsigned v = 0;
        int pad = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            if (c == '=' && k >= 2 && i + 4 == text.size()) {
                ++pad;
                v <<= 6;
                continue;
            }
            const int s = sextet(c);
            if (s < 0 || pad > 0) return false;
            v = (v << 6) | static_cast<unsigned>(s);
        }
        out += static_cast<char>((v >> 16) & 0xFF);
        if (pad < 2) out += static_cast<char>((v >> 8) & 0xFF);
        if (pad < 1) out += static_cast<char>(v & 0xFF);
    }
    return true;
}

}  // namespace tollgate
