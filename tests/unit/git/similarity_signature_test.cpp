#include "runner/git/similarity_signature.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tollgate {
namespace {

std::string lines(int count, char fill, int width = 24) {
    std::string out;
    for (int i = 0; i < count; ++i)
        out += std::string(static_cast<std::size_t>(width - 3), fill) + std::to_string(i % 10) +
               std::to_string(i / 10 % 10) + "\n";
    return out;
}

TEST(SimilaritySignature, AFileHoldsAllOfItsOwnBytes) {
    const std::string text = lines(40, 'a');
    EXPECT_EQ(copied_bytes(SimilaritySignature(text), SimilaritySignature(text)), text.size());
}

TEST(SimilaritySignature, SkipsTheCarriageReturnOfCrlfInTextButNotInBinary) {
    const std::string lf = "one\ntwo\nthree\n";
    const std::string crlf = "one\r\ntwo\r\nthree\r\n";
    EXPECT_EQ(copied_bytes(SimilaritySignature(lf), SimilaritySignature(crlf)), lf.size());
    // A NUL makes both binary: "\r\n" is then hashed as it is and the lines differ.
    EXPECT_EQ(copied_bytes(SimilaritySignature(lf + '\0'), SimilaritySignature(crlf + '\0')), 1U);
}

TEST(SimilaritySignature, CutsALongLineInto64ByteChunks) {
    // 128 bytes of 'x' then "y\n": two equal 64-byte chunks and a short one.
    const std::string long_line = std::string(128, 'x') + "y\n";
    const std::string half = std::string(64, 'x');
    EXPECT_EQ(copied_bytes(SimilaritySignature(long_line), SimilaritySignature(half)), 64U);
}

TEST(SimilaritySignature, JudgesBinaryByANulInTheFirst8000Bytes) {
    EXPECT_TRUE(looks_binary(std::string("ab\0c", 4)));
    EXPECT_FALSE(looks_binary(std::string(8000, 'a') + '\0'));
    EXPECT_FALSE(looks_binary(""));
}

TEST(SimilaritySignature, RejectsSizesTooFarApartForTheThresholdAsGitDoes) {
    // max × (60000 − min) < delta × 60000: at 50 % a file may at most double.
    EXPECT_TRUE(sizes_can_match(100, 200, 30000));
    EXPECT_FALSE(sizes_can_match(100, 201, 30000));
    EXPECT_TRUE(sizes_can_match(0, 0, 30000));
    EXPECT_FALSE(sizes_can_match(0, 1, 30000));
    EXPECT_FALSE(sizes_can_match(100, 134, 45000));  // the basename pass asks for 75 %
}

TEST(SimilaritySignature, ScoresCopiedBytesOverTheLargerSizeRoundingDown) {
    EXPECT_EQ(similarity_score(50, 100, 100), 30000);
    EXPECT_EQ(similarity_score(1, 3, 2), 20000);
    EXPECT_EQ(similarity_score(2, 3, 3), 40000);
    EXPECT_EQ(similarity_score(0, 5, 0), 0);  // an empty destination is never similar
}

}  // namespace
}  // namespace tollgate
