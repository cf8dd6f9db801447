#include "runner/process/command_line.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

Command text(const std::string& s) {
    Command c;
    c.text = s;
    return c;
}

using Words = std::vector<std::string>;

TEST(NeedsShell, PlainWordsAreExecutedDirectly) {
    EXPECT_FALSE(needs_shell("php artisan migrate --pretend"));
    EXPECT_FALSE(needs_shell("pytest -k 'slow and not db' tests/"));
    EXPECT_FALSE(needs_shell("echo \"a b\" c\\ d"));
    EXPECT_FALSE(needs_shell("make -j4 CC-FLAGS:x,y+z@w"));
}

TEST(NeedsShell, EveryMetacharacterSendsTheCommandToTheShell) {
    for (const char c : shell_metacharacters) {
        EXPECT_TRUE(needs_shell(std::string("echo a") + c + "b")) << "character " << int(c);
    }
}

TEST(NeedsShell, MetacharactersInsideQuotesStillUseTheShell) {
    // Conservative on purpose: sh decides what they mean, never a guess of ours.
    EXPECT_TRUE(needs_shell("echo '$HOME'"));
}

TEST(NeedsShell, ShellBuiltinsAndKeywordsUseTheShell) {
    EXPECT_TRUE(needs_shell("cd build"));
    EXPECT_TRUE(needs_shell("export A"));
    EXPECT_TRUE(needs_shell("exit 3"));
    EXPECT_TRUE(needs_shell("if true"));
    EXPECT_FALSE(needs_shell("cdk deploy"));
}

TEST(NeedsShell, UnbalancedQuotingIsLeftToTheShellToReport) {
    EXPECT_TRUE(needs_shell("echo 'unterminated"));
    EXPECT_TRUE(needs_shell("echo trailing\\"));
}

TEST(SplitWords, HonoursQuotesAndBackslashesAsShDoes) {
    EXPECT_EQ(split_words("  a  b\tc "), (Words{"a", "b", "c"}));
    EXPECT_EQ(split_words("a 'b c' \"d e\" f\\ g"), (Words{"a", "b c", "d e", "f g"}));
    EXPECT_EQ(split_words("'it'\\''s'"), (Words{"it's"}));
    EXPECT_EQ(split_words("\"say \\\"hi\\\" \\\\ \\n\""), (Words{"say \"hi\" \\ \\n"}));
    EXPECT_EQ(split_words("'' x"), (Words{"", "x"}));
    EXPECT_EQ(split_words(""), (Words{}));
    EXPECT_EQ(split_words("a\"b\"'c'd"), (Words{"abcd"}));
}

TEST(SplitWords, RejectsUnbalancedQuotes) {
    EXPECT_FALSE(split_words("'a"));
    EXPECT_FALSE(split_words("\"a"));
    EXPECT_FALSE(split_words("a\\"));
}

TEST(ResolveCommand, SplitsAShellFreeString) {
    const auto r = resolve_command(text("php artisan migrate"));
    EXPECT_FALSE(r.via_shell);
    EXPECT_EQ(r.argv, (Words{"php", "artisan", "migrate"}));
}

TEST(ResolveCommand, HandsShellSyntaxToBinSh) {
    const auto r = resolve_command(text("make && make test"));
    EXPECT_TRUE(r.via_shell);
    EXPECT_EQ(r.argv, (Words{"/bin/sh", "-c", "make && make test"}));
}

TEST(ResolveCommand, ArgvListsNeverTouchAShell) {
    Command c;
    c.is_argv = true;
    c.argv = {"echo", "$(rm -rf /)", "a;b"};
    const auto r = resolve_command(c);
    EXPECT_FALSE(r.via_shell);
    EXPECT_EQ(r.argv, c.argv);
}

TEST(ResolveCommand, BlankTextGivesAnEmptyArgv) {
    EXPECT_TRUE(resolve_command(text("   ")).argv.empty());
}

}  // namespace
}  // namespace tollgate
