#include "runner/git/raw_path.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(LossyUtf8, KeepsValidUtf8Unchanged) {
    EXPECT_EQ(lossy_utf8("caf\xc3\xa9/x y.txt"), "caf\xc3\xa9/x y.txt");
}

TEST(LossyUtf8, ReplacesEachInvalidByteWithTheReplacementCharacter) {
    EXPECT_EQ(lossy_utf8(std::string("a\xff"
                                     "b\xc3",
                                     4)),
              "a\xEF\xBF\xBD"
              "b\xEF\xBF\xBD");
}

TEST(Base64, EncodesWithPadding) {
    EXPECT_EQ(base64_encode(""), "");
    EXPECT_EQ(base64_encode("f"), "Zg==");
    EXPECT_EQ(base64_encode("fo"), "Zm8=");
    EXPECT_EQ(base64_encode("foo"), "Zm9v");
    EXPECT_EQ(base64_encode("foob"), "Zm9vYg==");
}

TEST(Base64, RoundTripsEveryByte) {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    std::string back;
    ASSERT_TRUE(base64_decode(base64_encode(all), back));
    EXPECT_EQ(back, all);
}

TEST(Base64, RejectsMalformedText) {
    std::string out;
    EXPECT_FALSE(base64_decode("abc", out));
    EXPECT_FALSE(base64_decode("a=bc", out));
    EXPECT_FALSE(base64_decode("ab!c", out));
}

}  // namespace
}  // namespace tollgate
