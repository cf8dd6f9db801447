#include "runner/core/json_writer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

namespace tollgate {
namespace {

TEST(JsonWriter, LaysOutLikeNlohmannDumpWithTwoSpaces) {
    JsonWriter w;
    w.begin_object();
    w.key("version").value(1);
    w.key("list").value(std::vector<std::string>{"a", "b"});
    w.key("empty").value(std::vector<std::string>{});
    w.key("nested").begin_object();
    w.key("half").value(0.5);
    w.key("whole").value(17.0);
    w.key("none").null();
    w.key("yes").value(true);
    w.end_object();
    w.key("no_members").begin_object();
    w.end_object();
    w.end_object();
    const nlohmann::ordered_json expected = nlohmann::ordered_json::parse(
        R"({"version":1,"list":["a","b"],"empty":[],"nested":{"half":0.5,"whole":17.0,"none":null,"yes":true},"no_members":{}})");
    EXPECT_EQ(w.str(), expected.dump(2) + "\n");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
    JsonWriter w;
    w.begin_array();
    w.value("say \"hi\"\\\n\t\x01");
    w.end_array();
    EXPECT_EQ(w.str(), "[\n  \"say \\\"hi\\\"\\\\\\n\\t\\u0001\"\n]\n");
    EXPECT_EQ(nlohmann::json::parse(w.str())[0], "say \"hi\"\\\n\t\x01");
}

TEST(JsonWriter, KeepsValidUtf8AndReplacesInvalidBytesWithTheReplacementCharacter) {
    JsonWriter w;
    w.begin_array();
    w.value("caf\xc3\xa9");
    w.value("bad\xff");
    w.end_array();
    const auto j = nlohmann::json::parse(w.str());
    EXPECT_EQ(j[0], "caf\xc3\xa9");
    EXPECT_EQ(j[1], "bad\xef\xbf\xbd");
}

// The rule is nlohmann's error_handler_t::replace, byte for byte: one U+FFFD
// per maximal invalid subsequence (a truncated sequence is one, not one per byte).
TEST(JsonWriter, ReplacesInvalidUtf8ExactlyAsNlohmannDumpWithReplaceDoes) {
    const std::vector<std::string> cases = {
        "\xff",
        "\x80",
        "a\xc3",
        "\xe2\x82",
        "\xe2\x82z",
        "\xf0\x9f\x98",
        "\xf0\x9f\x98\x80",
        "\xed\xa0\x80",
        "\xe0\x80\x80",
        "\xc0\xaf",
        "\xf4\x90\x80\x80",
        "\xf5\x80",
        "ok\xc3\xa9\xff\xfe\xe2\x82\xac\xe2",
    };
    for (const auto& text : cases) {
        JsonWriter w;
        w.begin_array();
        w.value(text);
        w.end_array();
        EXPECT_EQ(w.str(),
                  nlohmann::json::array({text}).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n")
            << text;
    }
    // And on many random byte strings, mostly high bytes.
    std::mt19937 rng(17);
    for (int n = 0; n < 5000; ++n) {
        std::string text(rng() % 12, ' ');
        for (auto& c : text) c = static_cast<char>(rng() % 3 == 0 ? rng() % 0x80 : 0x80 + rng() % 0x80);
        JsonWriter w;
        w.begin_array();
        w.value(text);
        w.end_array();
        ASSERT_EQ(w.str(),
                  nlohmann::json::array({text}).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    }
}

TEST(JsonWriter, EscapesEveryControlCharacterAsNlohmannDoes) {
    std::string all;
    for (int c = 0; c < 0x80; ++c) all += static_cast<char>(c);
    JsonWriter w;
    w.begin_array();
    w.value(all);
    w.end_array();
    EXPECT_EQ(w.str(), nlohmann::json::array({all}).dump(2) + "\n");
    EXPECT_NE(w.str().find("\\u001b"), std::string::npos);
    EXPECT_NE(w.str().find("\x7f"), std::string::npos);  // DEL is not a JSON control character
}

TEST(JsonWriter, WritesOneLineInCompactLayout) {
    JsonWriter w(JsonWriter::Layout::compact);
    w.begin_object();
    w.key("a").value(1);
    w.key("list").value(std::vector<std::string>{"x", "y"});
    w.key("empty").begin_object();
    w.end_object();
    w.key("none").begin_array();
    w.end_array();
    w.end_object();
    EXPECT_EQ(w.str(), R"({"a":1,"list":["x","y"],"empty":{},"none":[]})"
                       "\n");
}

TEST(JsonWriter, SortsKeysAtEachObjectsCloseLikeNlohmannJson) {
    for (const auto layout : {JsonWriter::Layout::pretty, JsonWriter::Layout::compact}) {
        JsonWriter w(layout, JsonWriter::KeyOrder::sorted);
        w.begin_object();
        w.key("zeta").value("z");
        w.key("alpha").begin_object();
        w.key("b").value(2);
        w.key("a").begin_array();
        w.begin_object();
        w.key("y").value(true);
        w.key("x").null();
        w.end_object();
        w.end_array();
        w.end_object();
        w.key("Upper").value(0.25);
        w.key("mid").begin_object();
        w.end_object();
        w.end_object();
        const nlohmann::json j = nlohmann::json::parse(w.str());
        EXPECT_EQ(w.str(), (layout == JsonWriter::Layout::pretty ? j.dump(2) : j.dump()) + "\n");
        EXPECT_LT(w.str().find("Upper"), w.str().find("alpha"));  // by bytes: upper case first
    }
}

TEST(JsonWriter, WritesNestedEmptiesAsNlohmannDoes) {
    JsonWriter w;
    w.begin_array();
    w.begin_array();
    w.end_array();
    w.begin_object();
    w.end_object();
    w.begin_array();
    w.begin_object();
    w.key("e").begin_array();
    w.end_array();
    w.end_object();
    w.end_array();
    w.end_array();
    EXPECT_EQ(w.str(), nlohmann::json::parse(R"([[],{},[{"e":[]}]])").dump(2) + "\n");
}

TEST(JsonWriter, WritesDoublesAndIntegersAsNlohmannDoes) {
    std::vector<double> numbers = {0.0,  -0.0, 1.0,  0.5,     17.0,    0.1,       66.66, 1e-5,   0.0001,
                                   1e15, 1e16, 1e21, -2.5e-8, 123.456, 1.0 / 3.0, 1e308, 5e-324, 1234567.0};
    std::mt19937_64 rng(5);
    for (int n = 0; n < 2000; ++n) {
        numbers.push_back(static_cast<double>(rng() % 10'000'000) / 1000.0);  // durations in seconds
        numbers.push_back(static_cast<double>(rng() % 10'001) / 100.0);       // percentages
        double any = 0;
        const auto bits = rng();
        std::memcpy(&any, &bits, sizeof any);
        if (std::isfinite(any)) numbers.push_back(any);
    }
    for (const double number : numbers) {
        JsonWriter w(JsonWriter::Layout::compact);
        w.begin_array();
        w.value(number);
        w.end_array();
        ASSERT_EQ(w.str(), nlohmann::json::array({number}).dump() + "\n") << number;
    }
    JsonWriter w(JsonWriter::Layout::compact);
    w.begin_array();
    w.value(std::numeric_limits<double>::quiet_NaN());
    w.value(std::numeric_limits<double>::infinity());
    w.value(std::numeric_limits<std::size_t>::max());
    w.value(std::numeric_limits<long long>::min());
    w.value(-3);
    w.end_array();
    EXPECT_EQ(w.str(), "[null,null,18446744073709551615,-9223372036854775808,-3]\n");
}

TEST(JsonWriter, ContinuesADocumentInPiecesWrittenElsewhere) {
    JsonWriter w;
    w.begin_object();
    w.key("items").begin_array();
    std::string text = w.take();
    for (int part = 0; part < 3; ++part) {
        JsonWriter piece = w.continuation(part > 0);
        piece.value(part);
        piece.value(part * 10);
        text += piece.take();
    }
    w.after_continued_items();
    w.end_array();
    w.key("after").value(true);
    w.end_object();
    text += w.take();
    EXPECT_EQ(text, nlohmann::ordered_json::parse(R"({"items":[0,0,1,10,2,20],"after":true})").dump(2) + "\n");
}

TEST(JsonWriter, WritesEmptyStringsOrNullWhereAsked) {
    JsonWriter w(JsonWriter::Layout::compact);
    w.begin_array();
    w.value_or_null("");
    w.value_or_null("x");
    w.value(std::string_view());
    w.end_array();
    EXPECT_EQ(w.str(), "[null,\"x\",\"\"]\n");
}

// A random JSON value a few levels deep: objects, arrays, strings, numbers, literals.
nlohmann::ordered_json random_json(std::mt19937& rng, int depth) {
    const int kind = static_cast<int>(rng() % (depth > 0 ? 7 : 5));
    switch (kind) {
        case 0: return nullptr;
        case 1: return rng() % 2 == 0;
        case 2: return static_cast<int>(rng() % 2000) - 1000;
        case 3: return static_cast<double>(rng() % 10000) / 64.0;
        case 4: return std::string(rng() % 6, static_cast<char>('a' + rng() % 26)) + "\n\"";
        case 5: {
            nlohmann::ordered_json a = nlohmann::ordered_json::array();
            for (unsigned n = rng() % 4; n > 0; --n) a.push_back(random_json(rng, depth - 1));
            return a;
        }
        default: {
            nlohmann::ordered_json o = nlohmann::ordered_json::object();
            for (unsigned n = rng() % 4; n > 0; --n) o["k" + std::to_string(rng() % 9)] = random_json(rng, depth - 1);
            return o;
        }
    }
}

TEST(JsonWriterAppendMember, AddsAMemberExactlyAsNlohmannDumpWouldHaveWrittenIt) {
    std::mt19937 rng(23);
    for (int i = 0; i < 2000; ++i) {
        nlohmann::ordered_json document = nlohmann::ordered_json::object();
        for (unsigned n = rng() % 4; n > 0; --n) document["m" + std::to_string(n)] = random_json(rng, 3);
        const nlohmann::ordered_json value = random_json(rng, 3);
        const std::string before = document.dump(2) + "\n";
        document["alerts"] = value;
        EXPECT_EQ(append_member(before, "alerts", value.dump(2) + "\n"), document.dump(2) + "\n") << before;
    }
}

TEST(JsonWriterAppendMember, RefusesATextThatIsNotAPrettyObject) {
    EXPECT_THROW(append_member("[1]\n", "a", "1\n"), std::invalid_argument);
    EXPECT_THROW(append_member("{\"a\": 1}", "a", "1\n"), std::invalid_argument);
}

}  // namespace
}  // namespace tollgate
