#include "runner/report/json_writer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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

TEST(JsonWriter, KeepsValidUtf8AndMakesInvalidBytesVisible) {
    JsonWriter w;
    w.begin_array();
    w.value("caf\xc3\xa9");
    w.value("bad\xff");
    w.end_array();
    const auto j = nlohmann::json::parse(w.str());
    EXPECT_EQ(j[0], "caf\xc3\xa9");
    EXPECT_EQ(j[1], "bad\\xFF");
}

}  // namespace
}  // namespace tollgate
