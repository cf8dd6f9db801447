#include "runner/init/codeowners_reader.hpp"

#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using ::testing::HasSubstr;
using Kind = CodeownersLine::Kind;

// A CODEOWNERS as a real repository keeps one: sections, a catch-all,
// e-mail owners, a pattern without owners, and lines GitHub ignores.
constexpr const char* k_real_looking =
    "# This is a comment.\n"
    "*       @acme/platform\n"
    "\n"
    "# Frontend\n"
    "*.js    @acme/web @octocat  # js files\n"
    "/docs/  docs@acme.example\n"
    "!/docs/internal/ @acme/security\n"
    "src/[ab]*.c @acme/c\n"
    "/apps/github\n"
    "/build/ acme-bot\n";

TEST(ReadCodeowners, KeepsRulesCommentsAndBlankLinesInOrderWithTheirLines) {
    const auto file = read_codeowners(k_real_looking, ".github/CODEOWNERS");
    EXPECT_EQ(file.path, ".github/CODEOWNERS");
    ASSERT_EQ(file.lines.size(), 10u);
    EXPECT_EQ(file.lines[0].kind, Kind::comment);
    EXPECT_EQ(file.lines[0].comment, "This is a comment.");
    EXPECT_EQ(file.lines[1].kind, Kind::rule);
    EXPECT_EQ(file.lines[1].line, 2);
    EXPECT_EQ(file.lines[1].pattern, "*");
    EXPECT_EQ(file.lines[1].owners, (std::vector<std::string>{"@acme/platform"}));
    EXPECT_EQ(file.lines[2].kind, Kind::blank);
    EXPECT_EQ(file.lines[4].owners, (std::vector<std::string>{"@acme/web", "@octocat"}));
    EXPECT_EQ(file.lines[4].comment, "js files");
    EXPECT_EQ(file.lines[5].owners, (std::vector<std::string>{"docs@acme.example"}));
    EXPECT_TRUE(file.lines[8].owners.empty());
}

TEST(ReadCodeowners, ReportsNegationAsIgnoredWithItsLine) {
    const auto file = read_codeowners(k_real_looking, "CODEOWNERS");
    EXPECT_FALSE(file.lines[6].supported);
    ASSERT_GE(file.warnings.size(), 1u);
    EXPECT_EQ(file.warnings[0].line, 7);
    EXPECT_THAT(file.warnings[0].message, HasSubstr("negation ('!') is not supported"));
}

TEST(ReadCodeowners, ReportsCharacterRangesAndOwnersThatAreNoOwners) {
    const auto file = read_codeowners(k_real_looking, "CODEOWNERS");
    ASSERT_EQ(file.warnings.size(), 3u);
    EXPECT_EQ(file.warnings[1].line, 8);
    EXPECT_THAT(file.warnings[1].message, HasSubstr("character ranges"));
    EXPECT_TRUE(file.lines[7].supported);  // GitHub still reads it, literally
    EXPECT_EQ(file.warnings[2].line, 10);
    EXPECT_THAT(file.warnings[2].message, HasSubstr("owner 'acme-bot'"));
}

TEST(ReadCodeowners, KeepsEscapedBlanksInThePattern) {
    const auto file = read_codeowners("docs/my\\ file.md @a\r\n", "CODEOWNERS");
    ASSERT_EQ(file.lines.size(), 1u);
    EXPECT_EQ(file.lines[0].pattern, "docs/my\\ file.md");
    EXPECT_EQ(file.lines[0].owners, (std::vector<std::string>{"@a"}));
    EXPECT_TRUE(file.warnings.empty());
}

TEST(FindCodeowners, LooksWhereGitHubLooksInGitHubsOrder) {
    test::TempDir dir;
    EXPECT_EQ(find_codeowners(dir.path()), std::nullopt);
    dir.write("docs/CODEOWNERS", "* @c\n");
    EXPECT_EQ(find_codeowners(dir.path()), "docs/CODEOWNERS");
    dir.write("CODEOWNERS", "* @b\n");
    EXPECT_EQ(find_codeowners(dir.path()), "CODEOWNERS");
    dir.write(".github/CODEOWNERS", "* @a\n");
    EXPECT_EQ(find_codeowners(dir.path()), ".github/CODEOWNERS");
}

}  // namespace
}  // namespace tollgate
