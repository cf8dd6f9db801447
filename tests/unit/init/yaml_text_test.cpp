#include "runner/init/yaml_text.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(YamlScalar, LeavesPlainWordsAndPathsUnquoted) {
    EXPECT_EQ(yaml_scalar("main"), "main");
    EXPECT_EQ(yaml_scalar("docs/api/"), "docs/api/");
    EXPECT_EQ(yaml_scalar("Foundation (DB/Models)"), "Foundation (DB/Models)");
}

TEST(YamlScalar, QuotesWhatYamlWouldReadOtherwise) {
    EXPECT_EQ(yaml_scalar("*"), "\"*\"");
    EXPECT_EQ(yaml_scalar("@org/web"), "\"@org/web\"");
    EXPECT_EQ(yaml_scalar("a: b"), "\"a: b\"");
    EXPECT_EQ(yaml_scalar("x # y"), "\"x # y\"");
    EXPECT_EQ(yaml_scalar("yes"), "\"yes\"");
    EXPECT_EQ(yaml_scalar("1"), "\"1\"");
    EXPECT_EQ(yaml_scalar(""), "\"\"");
    EXPECT_EQ(yaml_scalar("[a]"), "\"[a]\"");
}

TEST(YamlScalar, EscapesQuotesBackslashesAndControlCharacters) {
    EXPECT_EQ(yaml_scalar("say \"hi\"\\"), "\"say \\\"hi\\\"\\\\\"");
    EXPECT_EQ(yaml_scalar("a\nb"), "\"a\\nb\"");
    EXPECT_EQ(yaml_scalar(std::string("a\x01", 2)), "\"a\\x01\"");
}

TEST(YamlScalar, ShowsInvalidUtf8RatherThanCopyingIt) {
    const auto quoted = yaml_scalar("caf\xe9");
    EXPECT_EQ(quoted.find('\xe9'), std::string::npos);
    EXPECT_EQ(yaml_scalar("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
}

TEST(YamlFlowList, JoinsScalarsQuotingEachAsNeeded) {
    EXPECT_EQ(yaml_flow_list({"a", "b c", "*"}), "[a, b c, \"*\"]");
    EXPECT_EQ(yaml_flow_list({}), "[]");
}

TEST(CommentText, CannotBreakOutOfItsLine) {
    EXPECT_EQ(comment_text("a\nb").find('\n'), std::string::npos);
    EXPECT_EQ(comment_text("plain"), "plain");
}

TEST(SlugId, LowercasesAndJoinsAlphanumericRunsWithDashes) {
    EXPECT_EQ(slug_id("Batch 3A"), "batch-3a");
    EXPECT_EQ(slug_id("@org/web-team"), "org-web-team");
    EXPECT_EQ(slug_id("  -- "), "");
    EXPECT_EQ(slug_id("Jobs & Automation"), "jobs-automation");
}

}  // namespace
}  // namespace tollgate
