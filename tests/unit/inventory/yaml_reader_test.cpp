#include "runner/inventory/yaml_reader.hpp"

#include "runner/inventory/yaml_document.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

// A reader over `text` with one diagnostics sink.
struct Fixture {
    explicit Fixture(const std::string& text)
        : document(parse(text)), root(document.root()), reader("t.yml", text, diagnostics) {}
    static YamlDocument parse(const std::string& text) {
        Diagnostics d;
        auto document = parse_yaml_document(text, "t.yml", d);
        EXPECT_TRUE(document) << (d.all().empty() ? "" : d.all().front().str());
        return document ? std::move(*document) : YamlDocument{};
    }
    Field field(const std::string& key) const {
        for (const YamlPair& pair : root.pairs())
            if (pair.first.scalar() == key) return Field{key, pair.first, pair.second};
        return Field{};
    }
    std::vector<std::string> messages() const {
        std::vector<std::string> out;
        for (const auto& d : diagnostics.all()) out.push_back(d.str());
        return out;
    }
    YamlDocument document;
    YamlNode root;
    Diagnostics diagnostics;
    YamlReader reader;
};

using Messages = std::vector<std::string>;

TEST(YamlReader, ReportsEveryDuplicateKeyWithTheFirstLine) {
    Fixture f("id: a\ntitle: A\nid: b\nid: c\n");
    const auto fields = f.reader.mapping(f.root, {}, "each packet", "packet", {"id", "title"});
    ASSERT_TRUE(fields);
    EXPECT_EQ(fields->find("id")->value.scalar(), "a");
    EXPECT_EQ(f.messages(), (Messages{"t.yml:3:1: error: duplicate key 'id' (first written at line 1)",
                                      "t.yml:4:1: error: duplicate key 'id' (first written at line 1)"}));
}

TEST(YamlReader, ReportsAnUnknownKeyWithTheClosestKnownOne) {
    Fixture f("id: a\ntitel: A\n");
    const auto fields = f.reader.mapping(f.root, {}, "each packet", "packet", {"id", "title"});
    ASSERT_TRUE(fields);
    EXPECT_EQ(fields->find("titel"), nullptr);
    EXPECT_EQ(f.messages(), Messages{"t.yml:2:1: error: unknown key 'titel' in packet (did you mean 'title'?)"});
}

TEST(YamlReader, ListsTheValidKeysWhenNothingIsClose) {
    Fixture f("zzzzzz: 1\n");
    f.reader.mapping(f.root, {}, "each packet", "packet", {"id", "title"});
    EXPECT_EQ(f.messages(), Messages{"t.yml:1:1: error: unknown key 'zzzzzz' in packet (valid keys: id, title)"});
}

TEST(YamlReader, ReportsARepeatedUnknownKeyOnceAsUnknownThenAsDuplicate) {
    Fixture f("bogus: 1\nbogus: 2\n");
    f.reader.mapping(f.root, {}, "each packet", "packet", {"id"});
    EXPECT_EQ(f.messages(), (Messages{"t.yml:1:1: error: unknown key 'bogus' in packet (valid keys: id)",
                                      "t.yml:2:1: error: duplicate key 'bogus' (first written at line 1)"}));
}

TEST(YamlReader, RefusesNonStringKeys) {
    Fixture f("[a, b]: 1\n");
    f.reader.mapping(f.root, {}, "each packet", "packet", {"id"});
    EXPECT_EQ(f.messages(), Messages{"t.yml:1:1: error: keys must be strings, got a list"});
}

TEST(YamlReader, NamesTheSubjectWhenAMappingIsSomethingElse) {
    Fixture f("- a\n");
    EXPECT_FALSE(f.reader.mapping(f.root, {}, "each packet", "packet", {"id"}));
    EXPECT_EQ(f.messages(), Messages{"t.yml:1:1: error: each packet must be a mapping, got a list"});
}

TEST(YamlReader, ReadsTypedScalars) {
    Fixture f("n: 3\nx: 80.5%\nb: yes\nq: \"7\"\nc: lcov\n");
    EXPECT_EQ(f.reader.integer(f.field("n")), 3);
    EXPECT_EQ(f.reader.integer(f.field("q")), 7);
    EXPECT_DOUBLE_EQ(*f.reader.number(f.field("x")), 80.5);
    EXPECT_EQ(f.reader.boolean(f.field("b")), true);
    EXPECT_EQ(f.reader.choice(f.field("c"), {"lcov", "go"}), "lcov");
    EXPECT_TRUE(f.messages().empty());
}

TEST(YamlReader, NamesTheExpectedTypeAndWhatWasFound) {
    Fixture f("n: three\nx: [1]\nb: maybe\ns: {a: 1}\nl: {a: 1}\ne:\nnan: .nan\ninf: inf\n");
    EXPECT_FALSE(f.reader.integer(f.field("n")));
    EXPECT_FALSE(f.reader.number(f.field("x")));
    EXPECT_FALSE(f.reader.boolean(f.field("b")));
    EXPECT_FALSE(f.reader.string(f.field("s")));
    EXPECT_FALSE(f.reader.sequence(f.field("l")));
    EXPECT_FALSE(f.reader.string(f.field("e")));
    EXPECT_FALSE(f.reader.number(f.field("nan")));
    EXPECT_FALSE(f.reader.number(f.field("inf")));
    EXPECT_EQ(f.messages(), (Messages{
                                "t.yml:1:4: error: 'n' must be a whole number, got \"three\"",
                                "t.yml:2:4: error: 'x' must be a number, got a list",
                                "t.yml:3:4: error: 'b' must be true or false, got \"maybe\"",
                                "t.yml:4:4: error: 's' must be a string, got a mapping",
                                "t.yml:5:4: error: 'l' must be a list, got a mapping",
                                "t.yml:6:1: error: 'e' must be a string, got nothing",
                                "t.yml:7:6: error: 'nan' must be a number, got \".nan\"",
                                "t.yml:8:6: error: 'inf' must be a number, got \"inf\"",
                            }));
}

TEST(YamlReader, SuggestsTheListFormForALoneString) {
    Fixture f("after: foundation\n");
    EXPECT_FALSE(f.reader.located_list(f.field("after")));
    EXPECT_EQ(f.messages(), Messages{"t.yml:1:8: error: 'after' must be a list, got \"foundation\" "
                                     "(write 'after: [foundation]')"});
}

TEST(YamlReader, AcceptsALoneStringWhereAllowedAndAnEmptyValueAsAnEmptyList) {
    Fixture f("owner: foundation\nafter:\n");
    const auto owner = f.reader.located_list(f.field("owner"), true);
    ASSERT_TRUE(owner);
    ASSERT_EQ(owner->size(), 1u);
    EXPECT_EQ(owner->front().where.str(), "t.yml:1:8");
    EXPECT_EQ(f.reader.located_list(f.field("after"))->size(), 0u);
}

TEST(YamlReader, ReportsEachNonStringItemOfAList) {
    Fixture f("after: [a, {b: 1}, [c]]\n");
    EXPECT_FALSE(f.reader.located_list(f.field("after")));
    EXPECT_EQ(f.messages(), (Messages{"t.yml:1:12: error: each item of 'after' must be a string, got a mapping",
                                      "t.yml:1:20: error: each item of 'after' must be a string, got a list"}));
}

TEST(YamlReader, SuggestsTheNearestChoice) {
    Fixture f("rule: exclusiv\n");
    EXPECT_FALSE(f.reader.choice(f.field("rule"), {"exclusive", "shared"}));
    EXPECT_EQ(f.messages(), Messages{"t.yml:1:7: error: 'rule' must be one of exclusive, shared, got "
                                     "\"exclusiv\" (did you mean 'exclusive'?)"});
}

TEST(YamlReader, ReadsAStringMapAndRefusesNestedValuesAndDuplicates) {
    Fixture f("env: {A: 1, B: [x], A: 2}\n");
    EXPECT_FALSE(f.reader.string_map(f.field("env")));
    EXPECT_EQ(f.messages(), (Messages{"t.yml:1:16: error: 'env.B' must be a string, got a list",
                                      "t.yml:1:21: error: duplicate key 'A' (first written at line 1)"}));
}

TEST(YamlReader, PointsInsideQuotedAndPlainScalars) {
    Fixture f("a: coverage ~ 80\nb: \"coverage ~ 80\"\n");
    EXPECT_EQ(f.reader.inside(f.field("a").value, 9).str(), "t.yml:1:13");
    EXPECT_EQ(f.reader.inside(f.field("b").value, 9).str(), "t.yml:2:14");
}

TEST(YamlReader, DescribesControlCharactersVisiblyAndShortensLongValues) {
    EXPECT_EQ(YamlReader::describe(Fixture("\"a\\tb\"").root), "\"a\\tb\"");
    EXPECT_EQ(YamlReader::describe(Fixture(std::string(50, 'x')).root), "\"" + std::string(37, 'x') + "...\"");
}

}  // namespace
}  // namespace tollgate
