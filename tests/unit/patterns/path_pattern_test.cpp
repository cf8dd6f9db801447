#include "runner/patterns/path_pattern.hpp"

#include "runner/core/text.hpp"
#include "tests/support/shell.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

namespace tollgate {
namespace {

PathPattern compiled(std::string_view text) {
    std::string error;
    auto p = PathPattern::compile(text, error);
    EXPECT_TRUE(p.has_value()) << text << ": " << error;
    return p ? *p : *PathPattern::compile("never-used", error);
}

std::string compile_error(std::string_view text) {
    std::string error;
    const auto p = PathPattern::compile(text, error);
    EXPECT_FALSE(p.has_value()) << "'" << text << "' compiled but should not";
    return error;
}

TEST(PathPattern, MatchesEveryRowOfTheCodeownersConformanceTable) {
    const std::string file = (test::source_dir() / "tests/fixtures/zones/codeowners_conformance.tsv").string();
    std::ifstream in(file);
    ASSERT_TRUE(in) << "cannot read " << file;
    std::string line;
    int line_no = 0;
    int rows = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (line.empty() || line.front() == '#') continue;
        const auto fields = split(line, '\t');
        ASSERT_GE(fields.size(), 3u) << file << ":" << line_no << ": expected pattern<TAB>path<TAB>match|nomatch";
        const std::string& expected = fields[2];
        ASSERT_TRUE(expected == "match" || expected == "nomatch") << file << ":" << line_no << ": " << expected;
        std::string error;
        const auto pattern = PathPattern::compile(fields[0], error);
        if (!pattern) {
            ADD_FAILURE() << file << ":" << line_no << ": pattern '" << fields[0] << "' rejected: " << error;
            continue;
        }
        ++rows;
        EXPECT_EQ(pattern->matches(fields[1]), expected == "match")
            << file << ":" << line_no << ": '" << fields[0] << "' vs '" << fields[1] << "' should be " << expected
            << (fields.size() > 3 ? " (" + fields[3] + ")" : std::string{});
    }
    EXPECT_GE(rows, 150);
}

TEST(PathPattern, RejectsAnEmptyPattern) {
    EXPECT_EQ(compile_error(""), "empty pattern");
}

TEST(PathPattern, RejectsNegationBecauseCodeownersHasNone) {
    EXPECT_NE(compile_error("!docs/").find("'!' negation is not supported by CODEOWNERS"), std::string::npos);
}

TEST(PathPattern, RejectsACommentAsNotAPattern) {
    EXPECT_NE(compile_error("# docs").find("comment, not a pattern"), std::string::npos);
}

TEST(PathPattern, RejectsShapesThatCanMatchNothingOrReadAmbiguously) {
    EXPECT_NE(compile_error("a//b").find("empty path segment"), std::string::npos);
    EXPECT_NE(compile_error("//").find("empty path segment"), std::string::npos);
    EXPECT_NE(compile_error("/").find("matches nothing"), std::string::npos);
    EXPECT_NE(compile_error("./src").find("'.' segments"), std::string::npos);
    EXPECT_NE(compile_error("src/../lib").find("'..' segments"), std::string::npos);
    EXPECT_NE(compile_error("a\\").find("lone '\\'"), std::string::npos);
    EXPECT_NE(compile_error("a\\/b").find("cannot be escaped"), std::string::npos);
    EXPECT_NE(compile_error("src/***/x").find("three or more consecutive '*'"), std::string::npos);
}

TEST(PathPattern, RejectsUnescapedSurroundingWhitespaceAndControlCharacters) {
    EXPECT_NE(compile_error("docs/ ").find("trailing whitespace"), std::string::npos);
    EXPECT_NE(compile_error(" docs/").find("leading whitespace"), std::string::npos);
    EXPECT_NE(compile_error("a\nb").find("control character"), std::string::npos);
    std::string error;
    EXPECT_TRUE(PathPattern::compile("docs\\ ", error).has_value()) << error;
}

TEST(PathPattern, AllowsBangAndHashInsideAPattern) {
    EXPECT_TRUE(compiled("a!b").matches("a!b"));
    EXPECT_TRUE(compiled("notes#1.md").matches("x/notes#1.md"));
}

TEST(PathPattern, ReportsAnchoringAndDirectoryOnlyFlags) {
    EXPECT_TRUE(compiled("/docs").anchored());
    EXPECT_TRUE(compiled("docs/api").anchored());
    EXPECT_FALSE(compiled("docs/").anchored());
    EXPECT_TRUE(compiled("docs/").directory_only());
    EXPECT_FALSE(compiled("*.js").anchored());
    EXPECT_EQ(compiled("*.js").text(), "*.js");
}

TEST(PathPattern, MatchesNonUtf8PathsBytewise) {
    const std::string path = std::string("data/caf\xe9/menu.txt");
    EXPECT_TRUE(compiled("data/").matches(path));
    EXPECT_TRUE(compiled("caf?/").matches(path));
    EXPECT_TRUE(compiled(std::string("caf\xe9")).matches(path));
    EXPECT_FALSE(compiled("cafe").matches(path));
}

TEST(PathPattern, MatchesPathsWithNewlinesAndSpaces) {
    EXPECT_TRUE(compiled("odd/").matches("odd/line\nbreak.txt"));
    EXPECT_TRUE(compiled("*.txt").matches("odd/line\nbreak.txt"));
    EXPECT_TRUE(compiled("my\\ dir/").matches("my dir/a b.txt"));
}

TEST(PathPattern, NeverMatchesTheEmptyPath) {
    EXPECT_FALSE(compiled("*").matches(""));
    EXPECT_FALSE(compiled("**").matches(""));
}

TEST(PathPattern, HandlesPathologicalBacktrackingQuickly) {
    // Greedy matching with one backtrack point stays linear-ish, not exponential.
    std::string path(200, 'a');
    for (int i = 0; i < 30; ++i) path += "/a";
    EXPECT_FALSE(compiled("*a*a*a*a*a*a*a*b").matches(path));
    EXPECT_FALSE(compiled("**/a/**/a/**/a/**/b").matches(path));
    EXPECT_TRUE(compiled("**/a/**/a/**/a/**/a").matches(path));
}

}  // namespace
}  // namespace tollgate
