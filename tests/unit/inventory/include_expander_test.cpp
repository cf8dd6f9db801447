#include "runner/inventory/include_expander.hpp"

#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

namespace fs = std::filesystem;
using Paths = std::vector<fs::path>;

class IncludeExpander : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* f :
             {"tollgate.yml", "packets/b.yml", "packets/a.yml", "packets/.hidden.yml", "packets/notes.md",
              "packets/deep/c.yml", "packets/deep/er/d.yml", ".git/x.yml", "other/e.yaml"})
            m_dir.write(f, "");
    }
    Paths expand(const std::string& glob) const { return expand_include_glob(m_dir.path(), glob); }
    test::TempDir m_dir;
};

TEST_F(IncludeExpander, MatchesOneSegmentSortedAndSkipsHiddenFiles) {
    EXPECT_EQ(expand("packets/*.yml"), (Paths{"packets/a.yml", "packets/b.yml"}));
}

TEST_F(IncludeExpander, MatchesQuestionMarksAndClasses) {
    EXPECT_EQ(expand("packets/?.yml"), (Paths{"packets/a.yml", "packets/b.yml"}));
    EXPECT_EQ(expand("packets/[b].yml"), (Paths{"packets/b.yml"}));
}

TEST_F(IncludeExpander, MatchesAnyDepthWithDoubleStar) {
    EXPECT_EQ(expand("packets/**/*.yml"),
              (Paths{"packets/a.yml", "packets/b.yml", "packets/deep/c.yml", "packets/deep/er/d.yml"}));
    EXPECT_EQ(expand("**/d.yml"), (Paths{"packets/deep/er/d.yml"}));
}

TEST_F(IncludeExpander, TreatsATrailingDoubleStarAsEverythingBelow) {
    EXPECT_EQ(expand("packets/deep/**"), (Paths{"packets/deep/c.yml", "packets/deep/er/d.yml"}));
}

TEST_F(IncludeExpander, NeverLooksInsideGit) {
    EXPECT_EQ(expand("**/x.yml"), Paths{});
    EXPECT_EQ(expand("*/x.yml"), Paths{});
}

TEST_F(IncludeExpander, MatchesALiteralPathOnlyWhenItIsAFile) {
    EXPECT_EQ(expand("other/e.yaml"), (Paths{"other/e.yaml"}));
    EXPECT_EQ(expand("other/missing.yaml"), Paths{});
    EXPECT_EQ(expand("packets"), Paths{});
    EXPECT_EQ(expand("./packets//a.yml"), (Paths{"packets/a.yml"}));
}

TEST_F(IncludeExpander, ReturnsNothingForAnEmptyGlob) {
    EXPECT_EQ(expand(""), Paths{});
}

TEST_F(IncludeExpander, CollapsesRepeatedDoubleStars) {
    EXPECT_EQ(expand("**/**/**/c.yml"), (Paths{"packets/deep/c.yml"}));
}

TEST_F(IncludeExpander, DoesNotFollowDirectorySymlinks) {
    fs::create_directory_symlink(m_dir.path(), m_dir.path() / "packets/loop");
    EXPECT_EQ(expand("**/c.yml"), (Paths{"packets/deep/c.yml"}));
}

TEST_F(IncludeExpander, DescendsIntoHiddenFoldersWithDoubleStarButNotWithAStar) {
    m_dir.write(".github/plan/p.yml", "");
    EXPECT_EQ(expand("**/p.yml"), (Paths{".github/plan/p.yml"}));
    EXPECT_EQ(expand("*/plan/p.yml"), Paths{});
    EXPECT_EQ(expand(".github/**"), (Paths{".github/plan/p.yml"}));
}

TEST_F(IncludeExpander, EntersADirectorySymlinkOnlyWhenTheGlobNamesIt) {
    fs::create_directory_symlink(m_dir.path() / "other", m_dir.path() / "linked");
    EXPECT_EQ(expand("linked/e.yaml"), (Paths{"linked/e.yaml"}));
    EXPECT_EQ(expand("linked/*.yaml"), (Paths{"linked/e.yaml"}));
    EXPECT_EQ(expand("*/e.yaml"), (Paths{"other/e.yaml"}));
}

TEST(FileListListing, ListsFoldersAndFilesOfAFlatPathList) {
    const auto list = file_list_listing({"a.yml", "p/b.yml", "p/q/c.yml", ".h/d.yml"});
    const auto names = [&](const std::string& dir) {
        std::vector<std::string> out;
        for (const auto& e : list(dir)) out.push_back(e.name + (e.kind == EntryKind::directory ? "/" : ""));
        return out;
    };
    EXPECT_EQ(names(""), (std::vector<std::string>{".h/", "a.yml", "p/"}));
    EXPECT_EQ(names("p"), (std::vector<std::string>{"b.yml", "q/"}));
    EXPECT_EQ(names("./p/q"), (std::vector<std::string>{"c.yml"}));
    EXPECT_EQ(names("missing"), std::vector<std::string>{});
    EXPECT_EQ(names("../p"), std::vector<std::string>{});
}

TEST(FileListListing, ExpandsGlobsAsTheWorkTreeDoes) {
    const auto list = file_list_listing(
        {"tollgate.yml", "packets/a.yml", "packets/.hidden.yml", "packets/deep/c.yml", ".git/x.yml", ".ci/y.yml"});
    EXPECT_EQ(expand_include_glob("packets/*.yml", list), (Paths{"packets/a.yml"}));
    EXPECT_EQ(expand_include_glob("**/*.yml", list),
              (Paths{".ci/y.yml", "packets/a.yml", "packets/deep/c.yml", "tollgate.yml"}));
    EXPECT_EQ(expand_include_glob("packets", list), Paths{});
}

}  // namespace
}  // namespace tollgate
