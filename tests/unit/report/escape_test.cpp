#include "runner/report/escape.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tollgate {
namespace {

TEST(MarkdownCell, CannotBreakTheTable) {
    EXPECT_EQ(markdown_cell("a|b\nc <script>"), "a\\|b<br>c &lt;script&gt;");
    EXPECT_EQ(markdown_cell("\x1b[31m"), "\\x1B[31m");
}

TEST(HtmlEscape, HandlesTheFiveSpecialCharacters) {
    EXPECT_EQ(html_escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(XmlSafe, EscapesWhatXmlForbidsAndKeepsTheRest) {
    EXPECT_EQ(xml_safe("a\tb\nc\rd"), "a\tb\nc\rd");
    EXPECT_EQ(xml_safe(std::string("\x00\x07", 2)), "\\x00\\x07");
    EXPECT_EQ(xml_safe("caf\xc3\xa9"), "caf\xc3\xa9");
    EXPECT_EQ(xml_safe("\xef\xbf\xbf"), "\\u{FFFF}");
    EXPECT_EQ(xml_safe("\xc0\xaf"), "\\xC0\\xAF");
}

TEST(GithubEscape, DataEscapesPercentCarriageReturnAndNewline) {
    EXPECT_EQ(github_escape_data("100% done\r\nnext: a,b"), "100%25 done%0D%0Anext: a,b");
}

TEST(GithubEscape, PropertiesAlsoEscapeColonAndComma) {
    EXPECT_EQ(github_escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
}

TEST(HtmlEscape, MakesControlCharactersVisibleBeforeEscaping) {
    EXPECT_EQ(html_escape("\x1b[31m<b>"), "\\x1B[31m&lt;b&gt;");
}

}  // namespace
}  // namespace tollgate
