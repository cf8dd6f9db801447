#include "runner/coverage/xml_scanner.hpp"

#include "runner/coverage/report_input.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

std::string events(std::string_view doc) {
    XmlScanner x(doc, "x.xml");
    std::string out;
    while (true) {
        const auto e = x.next();
        if (e == XmlScanner::Event::eof) return out;
        if (e == XmlScanner::Event::start) out += "<" + std::string(x.name()) + ">";
        if (e == XmlScanner::Event::end) out += "</" + std::string(x.name()) + ">";
        if (e == XmlScanner::Event::text) out += "[" + xml_decode(x.text()) + "]";
    }
}

std::string error_of(std::string_view doc) {
    try {
        events(doc);
    } catch (const ReportError& e) {
        return e.what();
    }
    return "no error";
}

TEST(XmlScanner, SkipsPrologCommentsDoctypeAndProcessingInstructions) {
    EXPECT_EQ(events("\xEF\xBB\xBF<?xml version='1.0'?>\n<!DOCTYPE r SYSTEM 'x.dtd' [ <!ENTITY e 'v'> ]>\n"
                     "<!-- hi --><r><?pi x?><a/><!-- <b> --></r>\n"),
              "<r><a></a></r>");
}

TEST(XmlScanner, ReturnsTextAndCdataAndDecodesEntities) {
    EXPECT_EQ(events("<r>a &amp; b<![CDATA[<x>]]>&#65;&#x42;&lt;</r>"), "<r>[a & b][<x>][AB<]</r>");
}

TEST(XmlScanner, ReadsAttributesInEitherQuotes) {
    XmlScanner x("<line number='3' hits=\"1&amp;2\" />", "x.xml");
    ASSERT_EQ(x.next(), XmlScanner::Event::start);
    EXPECT_TRUE(x.self_closing());
    EXPECT_EQ(x.raw_attribute("number"), std::optional<std::string_view>("3"));
    EXPECT_EQ(x.attribute("hits"), std::optional<std::string>("1&2"));
    EXPECT_FALSE(x.attribute("branch"));
    EXPECT_EQ(x.next(), XmlScanner::Event::end);
    EXPECT_EQ(x.next(), XmlScanner::Event::eof);
}

TEST(XmlScanner, ReportsEveryKindOfTruncationWithItsPosition) {
    EXPECT_EQ(error_of(""), "x.xml:1:1: no XML element found");
    EXPECT_EQ(error_of("<r>\n<a"), "x.xml:2:1: truncated XML: tag <a> is cut off");
    EXPECT_EQ(error_of("<r a=\"x"), "x.xml:1:1: truncated XML: tag <r> is cut off");
    EXPECT_EQ(error_of("<r><!-- x"), "x.xml:1:4: truncated XML: comment is never closed");
    EXPECT_EQ(error_of("<r></r"), "x.xml:1:4: truncated XML: end tag is cut off");
    EXPECT_EQ(error_of("<r><"), "x.xml:1:4: truncated XML: '<' at the end of the file");
}

TEST(XmlScanner, RejectsMalformedMarkup) {
    EXPECT_EQ(error_of("<r a=1/>"), "x.xml:1:6: malformed XML: attribute value must be quoted");
    EXPECT_EQ(error_of("<r a/>"), "x.xml:1:5: malformed XML: attribute 'a' has no value");
    EXPECT_EQ(error_of("<r></r><r/>"), "x.xml:1:8: malformed XML: a second root element <r>");
    EXPECT_EQ(error_of("</r>"), "x.xml:1:1: malformed XML: </r> closes nothing");
    EXPECT_EQ(error_of("x<r/>"), "x.xml:1:1: text outside the root element");
}

TEST(XmlDecode, LeavesUnknownEntitiesAndBadReferencesAsWritten) {
    EXPECT_EQ(xml_decode("&nbsp;&#xZZ;&#99999999;&"), "&nbsp;&#xZZ;&#99999999;&");
    EXPECT_EQ(xml_decode("&#233;"), "\xC3\xA9");
}

}  // namespace
}  // namespace tollgate
