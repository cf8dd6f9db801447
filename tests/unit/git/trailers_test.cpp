#include "runner/git/trailers.hpp"

#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using Trailers = std::vector<Trailer>;

TEST(ParseTrailers, ReadsKeyValueLinesInTheLastParagraph) {
    EXPECT_EQ(parse_trailers("Add models\n\nBody text.\n\nPacket: foundation\nCoordinated-With: finance-ui\n"),
              (Trailers{{"Packet", "foundation"}, {"Coordinated-With", "finance-ui"}}));
}

TEST(ParseTrailers, FindsNoneInATitleOnlyMessage) {
    EXPECT_TRUE(parse_trailers("Packet: foundation\n").empty());
    EXPECT_TRUE(parse_trailers("Packet: foundation").empty());
}

TEST(ParseTrailers, IgnoresAParagraphWithProse) {
    EXPECT_TRUE(parse_trailers("Title\n\nThis explains why.\nPacket: x\n").empty());
}

TEST(ParseTrailers, AcceptsProseNextToAGitGeneratedTrailerWhenAQuarterAreTrailers) {
    EXPECT_EQ(parse_trailers("T\n\nsome note\nSigned-off-by: A <a@x>\nPacket: p\n"),
              (Trailers{{"Signed-off-by", "A <a@x>"}, {"Packet", "p"}}));
    EXPECT_TRUE(parse_trailers("T\n\none\ntwo\nthree\nfour\nSigned-off-by: A <a@x>\n").empty());
}

TEST(ParseTrailers, JoinsContinuationLines) {
    EXPECT_EQ(parse_trailers("T\n\nReviewed-by: Someone\n  Else\nPacket: p\n"),
              (Trailers{{"Reviewed-by", "Someone Else"}, {"Packet", "p"}}));
}

TEST(ParseTrailers, TrimsSpacesAroundKeyAndValue) {
    EXPECT_EQ(parse_trailers("T\n\nPacket :  foundation  \n"), (Trailers{{"Packet", "foundation"}}));
}

TEST(ParseTrailers, SkipsTrailingBlankAndCommentLines) {
    EXPECT_EQ(parse_trailers("T\n\nPacket: p\n\n# a comment\n\n"), (Trailers{{"Packet", "p"}}));
}

TEST(ParseTrailers, RejectsKeysWithSpacesOrPunctuation) {
    EXPECT_TRUE(parse_trailers("T\n\nSee also: x\n").empty());
    EXPECT_TRUE(parse_trailers("T\n\nFixes #12: x\n").empty());
}

TEST(ParseTrailers, KeepsAColonInTheValue) {
    EXPECT_EQ(parse_trailers("T\n\nLink: https://example.com/a\n"), (Trailers{{"Link", "https://example.com/a"}}));
}

TEST(ParseTrailers, HandlesEmptyAndCarriageReturnInput) {
    EXPECT_TRUE(parse_trailers("").empty());
    EXPECT_TRUE(parse_trailers("\n\n\n").empty());
}

// git itself is the reference: `git interpret-trailers --parse --no-divider`
// must print exactly what parse_trailers finds, for awkward messages too.
TEST(ParseTrailers, AgreesWithGitInterpretTrailers) {
    const std::vector<std::string> messages = {
        "Title\n\nBody\n\nPacket: a\nCoordinated-With: b\n",
        "Title\n\nPacket: a\n  continued here\n",
        "Title\n\nnot a trailer\nPacket: a\n",
        "Title\n\nfree text\nSigned-off-by: X <x@y>\n",
        "Title\n\nfree text\nmore\nmore\nmore\nmore\nSigned-off-by: X <x@y>\n",
        "Title\nstill title\nPacket: a\n",
        "Title\n\n---\nPacket: a\n",
        "Title\n\nPacket:a\nKey : spaced\n",
        "Title\n\n(cherry picked from commit abc)\nPacket: p\n",
        "Title\n\nPacket: a\n\n\n",
        "Title\n\n Packet: indented\n",
        "# comment\nTitle\n\nPacket: a\n",
        "Title\n\nA-b-c: 1\nx-Y: 2\n",
        "Title\n\nPacket: a\n# comment\nNext: b\n",
        "Title\n\nOne: 1\n\nTwo: 2\n",
        "Title\n\nhttp://example.com\n",
        "Title\n\nFixes #12: x\n",
        "Title\r\n\r\nPacket: crlf\r\n",
    };
    test::TempDir dir;
    for (const auto& message : messages) {
        const auto file = dir.write("msg", message);
        // Isolated from the host's git config, which could define trailer rules.
        const auto r = test::sh("HOME=" + test::shell_quote(dir.path().string()) +
                                " GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null"
                                " git interpret-trailers --parse --no-divider < " +
                                test::shell_quote(file.string()));
        ASSERT_EQ(r.exit_code, 0) << r.err;
        std::string mine;
        for (const auto& t : parse_trailers(message)) mine += t.key + ": " + t.value + "\n";
        EXPECT_EQ(mine, r.out) << "message:\n" << message;
    }
}

TEST(TrailerKeys, MatchEveryKeyInAnyCase) {
    EXPECT_TRUE(is_trailer_key("Packet", TrailerKey::packet));
    EXPECT_TRUE(is_trailer_key("PACKET", TrailerKey::packet));
    EXPECT_TRUE(is_trailer_key("verified", TrailerKey::verified));
    EXPECT_TRUE(is_trailer_key("coordinated-with", TrailerKey::coordinated_with));
    EXPECT_FALSE(is_trailer_key("Packets", TrailerKey::packet));
    EXPECT_FALSE(is_trailer_key("Coordinated-By", TrailerKey::coordinated_with));
    EXPECT_EQ(trailer_key_name(TrailerKey::coordinated_with), "Coordinated-With");
}

TEST(TrailerIds, SplitsOnCommasSpacesAndTabs) {
    EXPECT_EQ(trailer_ids("a, b c\td,,"), (std::vector<std::string>{"a", "b", "c", "d"}));
    EXPECT_EQ(trailer_ids(" "), std::vector<std::string>{});
}

TEST(TrailerValues, KeepsTheValuesOfOneKeyInOrderAndDropsBlankOnes) {
    const auto trailers = parse_trailers("Title\n\npacket: a\nSigned-off-by: x\nPacket: b\n");
    EXPECT_EQ(trailer_values(trailers, TrailerKey::packet), (std::vector<std::string>{"a", "b"}));
    const std::multimap<std::string, std::string> change{{"Verified", "manual-qa"}, {"verified", " "}, {"Packet", "a"}};
    EXPECT_EQ(trailer_values(change, TrailerKey::verified), (std::vector<std::string>{"manual-qa"}));
}

TEST(VerifiedGates, CollectsEverySignedOffGateOverTheChangesCommits) {
    ChangeSet change;
    ChangeCommit first;
    first.trailers = {{"Verified", "look, docs"}, {"Packet", "a"}};
    ChangeCommit second;
    second.trailers = {{"VERIFIED", "perf look"}};
    change.commits = {first, second};
    EXPECT_EQ(verified_gates(change), (std::set<std::string>{"docs", "look", "perf"}));
    EXPECT_EQ(verified_gates(ChangeSet{}), std::set<std::string>{});
}

}  // namespace
}  // namespace tollgate
