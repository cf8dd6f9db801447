#include "runner/patterns/glob.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

Glob glob(std::string_view text) {
    std::string error;
    auto g = Glob::compile(text, error);
    EXPECT_TRUE(g.has_value()) << text << ": " << error;
    return g ? *g : *Glob::compile("unused", error);
}

TEST(Glob, StarStaysWithinOneSegment) {
    EXPECT_TRUE(glob("packet/foundation/*").matches("packet/foundation/models"));
    EXPECT_FALSE(glob("packet/foundation/*").matches("packet/foundation/a/b"));
    EXPECT_FALSE(glob("packet/foundation/*").matches("packet/foundation"));
    EXPECT_TRUE(glob("packet/*-ui").matches("packet/finance-ui"));
}

TEST(Glob, DoubleStarSpansSegments) {
    EXPECT_TRUE(glob("packet/**").matches("packet/a"));
    EXPECT_TRUE(glob("packet/**").matches("packet/a/b/c"));
    EXPECT_FALSE(glob("packet/**").matches("packet"));
    EXPECT_TRUE(glob("**/foundation").matches("agents/x/foundation"));
    EXPECT_TRUE(glob("**/foundation").matches("foundation"));
    EXPECT_TRUE(glob("a/**/z").matches("a/z"));
    EXPECT_TRUE(glob("a/**/z").matches("a/b/c/z"));
}

TEST(Glob, MatchesTheWholeNameOnly) {
    EXPECT_TRUE(glob("packet/foundation").matches("packet/foundation"));
    EXPECT_FALSE(glob("packet/foundation").matches("packet/foundation/x"));
    EXPECT_FALSE(glob("packet/foundation").matches("x/packet/foundation"));
}

TEST(Glob, QuestionMarkIsOneCharacterAndBracketsAreLiteral) {
    EXPECT_TRUE(glob("batch-?").matches("batch-3"));
    EXPECT_FALSE(glob("batch-?").matches("batch-3a"));
    EXPECT_TRUE(glob("fix/[1]").matches("fix/[1]"));
    EXPECT_FALSE(glob("fix/[1]").matches("fix/1"));
}

TEST(Glob, RejectsEmptyAndSlashBoundedGlobs) {
    std::string error;
    EXPECT_FALSE(Glob::compile("", error));
    EXPECT_EQ(error, "empty glob");
    EXPECT_FALSE(Glob::compile("/packet/*", error));
    EXPECT_NE(error.find("cannot start or end with '/'"), std::string::npos);
    EXPECT_FALSE(Glob::compile("packet//x", error));
    EXPECT_NE(error.find("empty path segment"), std::string::npos);
}

TEST(MatchWildcardSegment, BacktracksOverMultipleStars) {
    EXPECT_TRUE(match_wildcard_segment("*a*b*c", "xxaxxbxxc"));
    EXPECT_FALSE(match_wildcard_segment("*a*b*c", "xxaxxcxxb"));
    EXPECT_TRUE(match_wildcard_segment("a\\*b", "a*b"));
    EXPECT_FALSE(match_wildcard_segment("a\\*b", "axb"));
    EXPECT_TRUE(match_wildcard_segment("*", ""));
    EXPECT_FALSE(match_wildcard_segment("?", ""));
}

TEST(ParseGlobSegments, ClassifiesSegmentsAndMergesRepeatedDoubleStars) {
    std::string error;
    const auto segs = parse_glob_segments("a/**/**/*/b*c/\\*", error);
    ASSERT_TRUE(segs) << error;
    using K = GlobSegment::Kind;
    const std::vector<GlobSegment> want{
        {K::literal, "a"}, {K::any_depth, ""}, {K::any, ""}, {K::wildcard, "b*c"}, {K::literal, "*"}};
    EXPECT_EQ(*segs, want);
}

}  // namespace
}  // namespace tollgate
