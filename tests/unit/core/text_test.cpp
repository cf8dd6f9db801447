#include "runner/core/text.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(Split, KeepsEmptyFields) {
    EXPECT_EQ(split("a,,b", ','), (std::vector<std::string>{"a", "", "b"}));
    EXPECT_EQ(split("", ','), (std::vector<std::string>{""}));
}

TEST(Join, PutsTheSeparatorBetweenItems) {
    EXPECT_EQ(join({"a", "b", "c"}, " -> "), "a -> b -> c");
    EXPECT_EQ(join({}, ","), "");
}

TEST(Trim, RemovesSurroundingWhitespace) { EXPECT_EQ(trim("  x y \n"), "x y"); }

TEST(Printable, EscapesControlCharactersAndInvalidUtf8) {
    EXPECT_EQ(printable("a\nb"), "a\\nb");
    EXPECT_EQ(printable("\x1b[31mred"), "\\x1B[31mred");
    EXPECT_EQ(printable(std::string("bad\xff", 4)), "bad\\xFF");
    EXPECT_EQ(printable("caf\xc3\xa9"), "caf\xc3\xa9");
}

TEST(Printable, EscapesC1ControlsThatTerminalsReadAsCsi) {
    EXPECT_EQ(printable("a\xc2\x9b" "31mred"), "a\\u{9B}31mred");
    EXPECT_EQ(printable("\xc2\x85next"), "\\u{85}next");
    EXPECT_EQ(printable("\xc2\xa0nbsp"), "\xc2\xa0nbsp") << "U+00A0 is printable";
}

TEST(IsValidUtf8, RejectsOverlongAndSurrogateSequences) {
    EXPECT_TRUE(is_valid_utf8("h\xc3\xa9llo"));
    EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));
    EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));
    EXPECT_FALSE(is_valid_utf8("\xe2\x82"));
}

}  // namespace
}  // namespace tollgate
