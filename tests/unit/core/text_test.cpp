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

TEST(Trim, RemovesSurroundingWhitespace) {
    EXPECT_EQ(trim("  x y \n"), "x y");
}

TEST(EqualsIgnoringCase, IgnoresTheCaseOfAsciiLettersOnly) {
    EXPECT_TRUE(equals_ignoring_case("Coordinated-With", "coordinated-WITH"));
    EXPECT_TRUE(equals_ignoring_case("", ""));
    EXPECT_FALSE(equals_ignoring_case("packet", "packets"));
    EXPECT_FALSE(equals_ignoring_case("a-b", "a_b"));
    EXPECT_FALSE(equals_ignoring_case("\xC3\x89", "\xC3\xA9"));  // É and é: no locale folding
}

TEST(Printable, EscapesControlCharactersAndInvalidUtf8) {
    EXPECT_EQ(printable("a\nb"), "a\\nb");
    EXPECT_EQ(printable("\x1b[31mred"), "\\x1B[31mred");
    EXPECT_EQ(printable(std::string("bad\xff", 4)), "bad\\xFF");
    EXPECT_EQ(printable("caf\xc3\xa9"), "caf\xc3\xa9");
}

TEST(Printable, EscapesC1ControlsThatTerminalsReadAsCsi) {
    EXPECT_EQ(printable("a\xc2\x9b"
                        "31mred"),
              "a\\u{9B}31mred");
    EXPECT_EQ(printable("\xc2\x85next"), "\\u{85}next");
    EXPECT_EQ(printable("\xc2\xa0nbsp"), "\xc2\xa0nbsp") << "U+00A0 is printable";
}

TEST(AppendPrintable, AppendsWhatPrintableReturnsForPlainAndEscapedText) {
    for (const std::string text : {"plain/path.c ~!", "",
                                   "a\x7f"
                                   "b",
                                   "tab\there", "caf\xc3\xa9", "bad\xff"}) {
        std::string out = "> ";
        append_printable(out, text);
        EXPECT_EQ(out, "> " + printable(text)) << printable(text);
    }
    EXPECT_EQ(printable("a\x7f"
                        "b"),
              "a\\x7Fb")
        << "DEL is a control character";
}

TEST(IsValidUtf8, RejectsOverlongAndSurrogateSequences) {
    EXPECT_TRUE(is_valid_utf8("h\xc3\xa9llo"));
    EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));
    EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));
    EXPECT_FALSE(is_valid_utf8("\xe2\x82"));
}

}  // namespace
}  // namespace tollgate

namespace tollgate {
namespace {

TEST(DecodeUtf8, GivesTheLengthAndCodePointOfEachValidSequenceAndZeroForInvalidBytes) {
    unsigned cp = 0;
    EXPECT_EQ(decode_utf8("a", 0, cp), 1U);
    EXPECT_EQ(cp, 0x61U);
    EXPECT_EQ(decode_utf8("\xC3\xA9", 0, cp), 2U);  // é
    EXPECT_EQ(cp, 0xE9U);
    EXPECT_EQ(decode_utf8("\xE2\x82\xAC", 0, cp), 3U);  // €
    EXPECT_EQ(cp, 0x20ACU);
    EXPECT_EQ(decode_utf8("\xF0\x9F\x98\x80", 0, cp), 4U);  // 😀
    EXPECT_EQ(cp, 0x1F600U);
    EXPECT_EQ(decode_utf8("\xC0\xAF", 0, cp), 0U);          // overlong '/'
    EXPECT_EQ(decode_utf8("\xED\xA0\x80", 0, cp), 0U);      // a surrogate
    EXPECT_EQ(decode_utf8("\xE2\x82", 0, cp), 0U);          // cut short
    EXPECT_EQ(decode_utf8("\xF4\x90\x80\x80", 0, cp), 0U);  // past U+10FFFF
    EXPECT_EQ(decode_utf8("\xFF", 0, cp), 0U);
}

TEST(AppendUtf8, EncodesWhatDecodeUtf8Reads) {
    for (const unsigned long cp : {0x24UL, 0xE9UL, 0x7FFUL, 0x800UL, 0x20ACUL, 0xFFFFUL, 0x10000UL, 0x10FFFFUL}) {
        std::string out;
        append_utf8(out, cp);
        unsigned back = 0;
        EXPECT_EQ(decode_utf8(out, 0, back), out.size()) << cp;
        EXPECT_EQ(back, cp);
    }
}

}  // namespace
}  // namespace tollgate
