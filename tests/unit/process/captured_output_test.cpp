#include "runner/process/captured_output.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(CapturedOutput, KeepsEverythingBelowTheLimit) {
    CapturedOutput out(16);
    out.append("hello ");
    out.append("world");
    EXPECT_EQ(out.text(), "hello world");
    EXPECT_EQ(out.total_bytes(), 11u);
    EXPECT_EQ(out.dropped_bytes(), 0u);
}

TEST(CapturedOutput, KeepsHeadAndTailAndCountsTheMiddle) {
    CapturedOutput out(8);
    out.append("abcdefghij");
    out.append("klmnop");
    EXPECT_EQ(out.total_bytes(), 16u);
    EXPECT_EQ(out.dropped_bytes(), 8u);
    EXPECT_EQ(out.text(), "abcd" + omitted_marker(8) + "mnop");
}

TEST(CapturedOutput, TailWrapsAroundInSmallPieces) {
    CapturedOutput out(6);
    for (char c = 'a'; c <= 'z'; ++c) out.append(std::string(1, c));
    EXPECT_EQ(out.text(), "abc" + omitted_marker(20) + "xyz");
}

TEST(CapturedOutput, StaysBoundedForLargeStreams) {
    CapturedOutput out(1024);
    const std::string chunk(4096, 'x');
    for (int i = 0; i < 1000; ++i) out.append(chunk);
    EXPECT_EQ(out.total_bytes(), 4096u * 1000);
    EXPECT_EQ(out.dropped_bytes(), 4096u * 1000 - 1024);
    EXPECT_LE(out.text().size(), 1024 + omitted_marker(out.dropped_bytes()).size());
}

TEST(CapturedOutput, ZeroLimitKeepsNothingButCounts) {
    CapturedOutput out(0);
    out.append("abc");
    EXPECT_EQ(out.dropped_bytes(), 3u);
    EXPECT_EQ(out.text(), omitted_marker(3));
}

}  // namespace
}  // namespace tollgate
