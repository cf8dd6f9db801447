#include "runner/inventory/yaml_document.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tollgate {
namespace {

std::string first_message(const Diagnostics& d) {
    return d.all().empty() ? "" : d.all().front().str();
}

TEST(YamlDocument, ConvertsZeroBasedMarksToOneBasedLocations) {
    EXPECT_EQ(location_of("t.yml", YamlMark{10, 2, 4}).str(), "t.yml:3:5");
    EXPECT_EQ(location_of("t.yml", YamlMark{}).str(), "t.yml");
}

TEST(YamlDocument, RefusesANulByteAtItsLineAndColumn) {
    Diagnostics d;
    EXPECT_FALSE(check_text(std::string("version: 1\nproject: a\0b\n", 25), "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:2:11: error: file is binary (NUL byte); an inventory is UTF-8 text");
}

TEST(YamlDocument, RefusesInvalidUtf8NamingTheByte) {
    Diagnostics d;
    EXPECT_FALSE(check_text("version: 1\nproject: caf\xE9\n", "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:2:13: error: invalid UTF-8 (byte 0xE9); an inventory is UTF-8 text");
}

TEST(YamlDocument, AcceptsMultibyteUtf8AndCountsColumnsInBytes) {
    Diagnostics d;
    EXPECT_TRUE(check_text("project: caf\xC3\xA9 \xE2\x82\xAC\n", "t.yml", d));
    EXPECT_FALSE(check_text("a: \xC3\xA9\xFF", "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:1:6: error: invalid UTF-8 (byte 0xFF); an inventory is UTF-8 text");
}

TEST(YamlDocument, ReportsMalformedYamlAtTheParsersMark) {
    Diagnostics d;
    EXPECT_FALSE(parse_yaml_document("version: 1\npackets: [a, b\n", "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:3:1: error: invalid YAML: flow sequence without a closing bracket");
}

TEST(YamlDocument, ReportsABadIndentAsInvalidYaml) {
    Diagnostics d;
    EXPECT_FALSE(parse_yaml_document("a: b: c\n", "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:1:5: error: invalid YAML: invalid nested block mapping on the same line");
}

TEST(YamlDocument, ReturnsANullNodeForAFileOfComments) {
    Diagnostics d;
    const auto node = parse_yaml_document("# nothing yet\n\n", "t.yml", d);
    ASSERT_TRUE(node);
    EXPECT_TRUE(node->root().is_null());
    EXPECT_FALSE(d.has_errors());
}

TEST(YamlDocument, RefusesASecondDocument) {
    Diagnostics d;
    EXPECT_FALSE(parse_yaml_document("version: 1\n---\nversion: 1\n", "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:2:1: error: the file holds more than one YAML document; an inventory is one");
}

TEST(YamlDocument, RefusesNestingDeeperThanTheLimitInsteadOfOverflowingTheStack) {
    Diagnostics d;
    const std::string deep = "a: " + std::string(100'000, '[') + std::string(100'000, ']') + "\n";
    EXPECT_FALSE(parse_yaml_document(deep, "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:1:68: error: YAML nesting is deeper than 64 levels");
}

TEST(YamlDocument, RefusesDeepBlockNestingToo) {
    std::string deep = "a:\n";
    for (int i = 1; i <= 70; ++i) deep += std::string(static_cast<std::size_t>(i), ' ') + "-\n";
    Diagnostics d;
    EXPECT_FALSE(parse_yaml_document(deep, "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:65:65: error: YAML nesting is deeper than 64 levels");
}

TEST(YamlDocument, DoesNotCountBracketsInQuotesOrCommentsAsNesting) {
    const std::string many(100, '[');
    Diagnostics d;
    EXPECT_TRUE(parse_yaml_document("a: '" + many + "'\nb: \"" + many + "\"\n# " + many + "\nc: x\n", "t.yml", d));
    EXPECT_FALSE(d.has_errors());
}

TEST(YamlDocument, AcceptsNestingAtTheLimit) {
    Diagnostics d;
    // The root mapping is level 1, so 63 brackets reach exactly 64.
    const std::string ok = "a: " + std::string(63, '[') + std::string(63, ']') + "\n";
    EXPECT_TRUE(parse_yaml_document(ok, "t.yml", d));
    EXPECT_FALSE(d.has_errors());
}

TEST(YamlDocument, RefusesAnAliasBombBeforeAnythingExpandsIt) {
    std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 8; ++i) {
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k) text += (k ? ", *a" : "*a") + std::to_string(i - 1);
        text += "]\n";
    }
    Diagnostics d;
    EXPECT_FALSE(parse_yaml_document(text, "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:6:45: error: YAML aliases expand to more than 1000000 nodes (an alias bomb?)");
}

TEST(YamlDocument, RefusesAFileOfTooManyNodes) {
    std::string text = "items:\n";
    for (int i = 0; i < 1'000'000; ++i) text += "- x\n";
    Diagnostics d;
    EXPECT_FALSE(parse_yaml_document(text, "t.yml", d));
    EXPECT_EQ(first_message(d),
              "t.yml:999999:3: error: the file holds more than 1000000 YAML nodes; an inventory is a plan, not data");
}

TEST(YamlDocument, AllowsOrdinaryAnchorsAndAliases) {
    Diagnostics d;
    const auto node = parse_yaml_document("common: &c [lint, test]\nother: *c\n", "t.yml", d);
    ASSERT_TRUE(node);
    const auto& pairs = node->root().pairs();
    ASSERT_EQ(pairs.size(), 2u);
    EXPECT_EQ(pairs[1].second.items().size(), 2u);
    EXPECT_EQ(pairs[1].second.items()[1].scalar(), "test");
}

TEST(YamlDocument, RefusesAnAliasInsideTheNodeItNames) {
    Diagnostics d;
    EXPECT_FALSE(parse_yaml_document("a: &x [1, *x]\n", "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:1:11: error: an alias refers to a node that contains it (a recursive alias)");
}

TEST(YamlDocument, ReadsPlainNullsAsNullAndQuotedOnesAsText) {
    Diagnostics d;
    const auto doc = parse_yaml_document("a: ~\nb: \"~\"\nc:\nd: null\n", "t.yml", d);
    ASSERT_TRUE(doc);
    const auto& pairs = doc->root().pairs();
    ASSERT_EQ(pairs.size(), 4u);
    EXPECT_TRUE(pairs[0].second.is_null());
    EXPECT_TRUE(pairs[1].second.is_scalar());
    EXPECT_EQ(pairs[1].second.scalar(), "~");
    EXPECT_TRUE(pairs[2].second.is_null());
    EXPECT_TRUE(pairs[3].second.is_null());
}

TEST(YamlDocument, KeepsKeysInWrittenOrderWithTheirMarks) {
    Diagnostics d;
    const auto doc = parse_yaml_document("z: 1\na:\n  - x\n  - {k: v}\n", "t.yml", d);
    ASSERT_TRUE(doc);
    const auto& pairs = doc->root().pairs();
    ASSERT_EQ(pairs.size(), 2u);
    EXPECT_EQ(pairs[0].first.scalar(), "z");
    EXPECT_EQ(pairs[1].first.scalar(), "a");
    const auto& items = pairs[1].second.items();
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(location_of("t.yml", items[1].mark()).str(), "t.yml:4:5");
    EXPECT_TRUE(items[1].is_map());
    EXPECT_EQ(items[1].pairs().at(0).second.scalar(), "v");
}

TEST(YamlDocument, ReportsAnAliasToAnUnknownAnchor) {
    Diagnostics d;
    EXPECT_FALSE(parse_yaml_document("a: *nope\n", "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:1:4: error: invalid YAML: alias '*nope' names no anchor defined before it");
}

TEST(YamlDocument, MergesTheKeysOfAMergeKeysMappingBehindTheMappingsOwn) {
    Diagnostics d;
    const auto doc = parse_yaml_document(
        "base: &b {timeout: 5m, retries: 2}\n"
        "gate:\n  id: lint\n  <<: *b\n  retries: 0\n",
        "t.yml", d);
    ASSERT_TRUE(doc) << d.all().front().str();
    const auto& gate = doc->root().pairs().at(1).second.pairs();
    ASSERT_EQ(gate.size(), 3u);
    EXPECT_EQ(gate[0].first.scalar(), "id");
    EXPECT_EQ(gate[1].first.scalar(), "timeout");
    EXPECT_EQ(gate[1].second.scalar(), "5m");
    EXPECT_EQ(gate[2].first.scalar(), "retries");
    EXPECT_EQ(gate[2].second.scalar(), "0");
}

TEST(YamlDocument, MergesAListOfMappingsTheEarlierWinning) {
    // PyYAML gives {'y': 2, 'z': 4, 'x': 9, 'w': 0} for the same text.
    Diagnostics d;
    const auto doc =
        parse_yaml_document("a: &a {x: 1, y: 2}\nb: &b {y: 3, z: 4}\nm:\n  w: 0\n  <<: [*a, *b]\n  x: 9\n", "t.yml", d);
    ASSERT_TRUE(doc);
    std::string seen;
    for (const auto& p : doc->root().pairs().at(2).second.pairs())
        seen += p.first.scalar() + "=" + p.second.scalar() + " ";
    EXPECT_EQ(seen, "w=0 y=2 z=4 x=9 ");
}

TEST(YamlDocument, ReadsAQuotedMergeKeyAsAnOrdinaryKey) {
    Diagnostics d;
    const auto doc = parse_yaml_document("m:\n  '<<': {a: 1}\n", "t.yml", d);
    ASSERT_TRUE(doc);
    const auto& m = doc->root().pairs().at(0).second.pairs();
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].first.scalar(), "<<");
}

TEST(YamlDocument, TypesScalarsByTheirCoreSchemaTagsWhenGiven) {
    Diagnostics d;
    const auto doc = parse_yaml_document("a: !!str ~\nb: !!null x\nc: !!str\n", "t.yml", d);
    ASSERT_TRUE(doc);
    const auto& pairs = doc->root().pairs();
    EXPECT_EQ(pairs[0].second.scalar(), "~");
    EXPECT_TRUE(pairs[0].second.is_scalar());
    EXPECT_TRUE(pairs[1].second.is_null());
    EXPECT_TRUE(pairs[2].second.is_scalar());
}

TEST(YamlDocument, PointsAtAnAnchoredNodesAnchorAndATaggedNodesTag) {
    Diagnostics d;
    const auto doc = parse_yaml_document("a: &x [1]\nb: !!str &y v\n", "t.yml", d);
    ASSERT_TRUE(doc);
    EXPECT_EQ(location_of("t.yml", doc->root().pairs()[0].second.mark()).str(), "t.yml:1:4");
    EXPECT_EQ(location_of("t.yml", doc->root().pairs()[1].second.mark()).str(), "t.yml:2:4");
}

TEST(YamlDocument, CountsColumnsInBytesAfterMultibyteText) {
    Diagnostics d;
    const auto doc = parse_yaml_document("caf\xC3\xA9: [x, y]\n", "t.yml", d);
    ASSERT_TRUE(doc);
    EXPECT_EQ(location_of("t.yml", doc->root().pairs()[0].second.items()[1].mark()).str(), "t.yml:1:12");
}

TEST(YamlDocument, ReturnsANullNodeForAnEmptyFile) {
    Diagnostics d;
    const auto doc = parse_yaml_document("", "t.yml", d);
    ASSERT_TRUE(doc);
    EXPECT_TRUE(doc->root().is_null());
}

TEST(YamlDocument, ReadsAFileThatIsAListOrAScalarAsSuch) {
    Diagnostics d;
    const auto list = parse_yaml_document("- a\n- b\n", "t.yml", d);
    ASSERT_TRUE(list);
    EXPECT_TRUE(list->root().is_sequence());
    const auto scalar = parse_yaml_document("just text\n", "t.yml", d);
    ASSERT_TRUE(scalar);
    EXPECT_EQ(scalar->root().scalar(), "just text");
}

TEST(YamlDocument, ReadsABlockScalarOfBlanksEndingTheFileWithoutALineBreakAsEmpty) {
    // A libFuzzer finding: libfyaml 0.7.12 formats this scalar from
    // uninitialised memory unless the file ends with a line break.
    for (const char* text : {"a:  |\n   ", "a: >\n ", "a: |\n "}) {
        SCOPED_TRACE(text);
        Diagnostics d;
        const auto doc = parse_yaml_document(text, "t.yml", d);
        ASSERT_TRUE(doc) << first_message(d);
        EXPECT_EQ(doc->root().pairs().at(0).second.scalar(), "");
        EXPECT_TRUE(doc->root().pairs().at(0).second.is_scalar());
    }
}

}  // namespace
}  // namespace tollgate
