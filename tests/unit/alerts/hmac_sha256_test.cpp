#include "runner/alerts/hmac_sha256.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

std::string hex(const std::array<std::uint8_t, 32>& digest) {
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string out;
    for (const auto b : digest) {
        out += k_hex[b >> 4];
        out += k_hex[b & 0xf];
    }
    return out;
}

TEST(HmacSha256, Sha256MatchesTheFipsVectorsAcrossBlockBoundaries) {
    EXPECT_EQ(hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(hex(sha256(std::string(1000000, 'a'))),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(HmacSha256, MatchesRfc4231AndOpensslDgst) {
    // RFC 4231 test case 2; `printf 'what do ya want for nothing?' | openssl dgst -sha256 -hmac Jefe`.
    EXPECT_EQ(hmac_sha256_hex("Jefe", "what do ya want for nothing?"),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // A key longer than the block is hashed first (openssl dgst -sha256 -hmac "$(printf 'k%.0s' {1..100})").
    EXPECT_EQ(hmac_sha256_hex(std::string(100, 'k'), std::string(1000, 'a')),
              "ab7d23e4c5319ca43ea897985451433d6d1d4e6dd8cb46f806e1094be98fd11a");
}

}  // namespace
}  // namespace tollgate
