#include "runner/coverage/path_mapper.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

const std::vector<std::string> k_tracked{
    "src/app/main.c", "src/app/util.c", "lib/util.c", "pkg/mod.py", "src/main/java/com/example/Calc.java", "README.md"};

PathMapper mapper(std::vector<PathMapRule> rules = {}) {
    return PathMapper(k_tracked, true, "/home/me/repo", rules);
}

TEST(NormalizePath, FoldsDotsAndSlashes) {
    EXPECT_EQ(normalize_path("./a//b/./c"), "a/b/c");
    EXPECT_EQ(normalize_path("/x/llvm/../src/a.c"), "/x/src/a.c");
    EXPECT_EQ(normalize_path("a\\b"), "a/b");
    EXPECT_EQ(normalize_path("../a"), "../a");
    EXPECT_EQ(normalize_path("/../a"), "/a");
}

TEST(PathMapper, KeepsARelativeTrackedPath) {
    EXPECT_EQ(mapper().map("src/app/main.c", {}).repo_path, "src/app/main.c");
}

TEST(PathMapper, StripsTheRepositoryRootFromAbsolutePaths) {
    EXPECT_EQ(mapper().map("/home/me/repo/lib/util.c", {}).repo_path, "lib/util.c");
    EXPECT_EQ(mapper().map("/home/me/repo/./src/../lib/util.c", {}).repo_path, "lib/util.c");
}

TEST(PathMapper, JoinsCoberturaSourceRoots) {
    EXPECT_EQ(mapper().map("mod.py", {"/home/me/repo/pkg"}).repo_path, "pkg/mod.py");
    EXPECT_EQ(mapper().map("app/main.c", {"/elsewhere", "/home/me/repo/src"}).repo_path, "src/app/main.c");
}

TEST(PathMapper, MapsBuildMachinePathsByTheLongestMatchingSuffix) {
    EXPECT_EQ(mapper().map("/ci/build/checkout/src/app/util.c", {}).repo_path, "src/app/util.c");
    EXPECT_EQ(mapper().map("com/example/Calc.java", {}).repo_path, "src/main/java/com/example/Calc.java");
}

TEST(PathMapper, LeavesAnAmbiguousSuffixUnmatchedAndSaysWhy) {
    const auto m = mapper().map("/ci/util.c", {});
    EXPECT_FALSE(m.matched());
    EXPECT_EQ(m.reason, "ambiguous: it ends like src/app/util.c, lib/util.c; add --path-map FROM=TO");
}

TEST(PathMapper, LeavesForeignFilesUnmatched) {
    const auto m = mapper().map("/usr/include/stdio.h", {});
    EXPECT_FALSE(m.matched());
    EXPECT_EQ(m.reason, "no tracked file ends with 'stdio.h'");
}

TEST(PathMapper, AppliesTheLongestExplicitRuleFirst) {
    const auto m = mapper({{"/ci", "nowhere"}, {"/ci/build/", "lib/"}});
    EXPECT_EQ(m.map("/ci/build/util.c", {}).repo_path, "lib/util.c");
    EXPECT_EQ(mapper({{"/ci/build", "src/app"}}).map("/ci/build/util.c", {}).repo_path, "src/app/util.c");
    // A rule applies at a component boundary only.
    EXPECT_EQ(mapper({{"/ci/bu", "lib"}}).map("/ci/build/util.c", {}).reason,
              "ambiguous: it ends like src/app/util.c, lib/util.c; add --path-map FROM=TO");
}

TEST(PathMapper, WithoutARepositoryKeepsPathsButMakesThemRelative) {
    const PathMapper m({}, false, "/work", {});
    EXPECT_EQ(m.map("/work/src/a.c", {}).repo_path, "src/a.c");
    EXPECT_EQ(m.map("./src/a.c", {}).repo_path, "src/a.c");
    EXPECT_EQ(m.map("/usr/include/x.h", {}).repo_path, "/usr/include/x.h");
}

TEST(PathMapRule, ParsesFromEqualsTo) {
    EXPECT_EQ(PathMapRule::parse("/a=b")->to, "b");
    EXPECT_EQ(PathMapRule::parse("/a=")->to, "");
    EXPECT_FALSE(PathMapRule::parse("=b"));
    EXPECT_FALSE(PathMapRule::parse("ab"));
}

}  // namespace
}  // namespace tollgate
