#include "runner/init/markdown_blocks.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using Kind = MarkdownBlock::Kind;

TEST(ReadMarkdownBlocks, CutsAPlanIntoHeadingsTablesFencesItemsAndText) {
    const auto blocks = read_markdown_blocks(
        "# Plan\n"
        "\n"
        "Some **bold** words.\n"
        "\n"
        "| Batch | Name |\n"
        "|-------|------|\n"
        "| 1 | **Foundation** |\n"
        "| 2 | Services |\n"
        "\n"
        "## After Batch 1\n"
        "```bash\n"
        "make test\n"
        "```\n"
        "- [ ] **Batch 1: Foundation** - Started\n"
        "  2. nested `step`\n");
    ASSERT_EQ(blocks.size(), 7u);
    EXPECT_EQ(blocks[0].kind, Kind::heading);
    EXPECT_EQ(blocks[0].level, 1);
    EXPECT_EQ(blocks[0].text, "Plan");
    EXPECT_EQ(blocks[1].kind, Kind::text);
    EXPECT_EQ(blocks[1].text, "Some bold words.");
    EXPECT_EQ(blocks[1].line, 3);
    EXPECT_EQ(blocks[2].kind, Kind::table);
    EXPECT_EQ(blocks[2].header, (std::vector<std::string>{"Batch", "Name"}));
    ASSERT_EQ(blocks[2].rows.size(), 2u);
    EXPECT_EQ(blocks[2].rows[0][1], "Foundation");
    EXPECT_EQ(blocks[2].row_lines, (std::vector<int>{7, 8}));
    EXPECT_EQ(blocks[4].kind, Kind::fence);
    EXPECT_EQ(blocks[4].text, "bash");
    EXPECT_EQ(blocks[4].body, (std::vector<std::string>{"make test"}));
    EXPECT_EQ(blocks[4].line, 11);
    EXPECT_EQ(blocks[4].end_line, 13);
    EXPECT_EQ(blocks[4].heading, 3);
    EXPECT_EQ(blocks[5].kind, Kind::list_item);
    EXPECT_TRUE(blocks[5].checkbox);
    EXPECT_EQ(blocks[5].text, "Batch 1: Foundation - Started");
    EXPECT_EQ(blocks[6].kind, Kind::list_item);
    EXPECT_EQ(blocks[6].level, 2);
    EXPECT_EQ(blocks[6].text, "nested step");
}

TEST(ReadMarkdownBlocks, KeepsHashesInsideFencesOutOfTheHeadings) {
    const auto blocks = read_markdown_blocks("```\n# not a heading\n```\n#hashtag\n");
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(blocks[0].kind, Kind::fence);
    EXPECT_EQ(blocks[1].kind, Kind::text);
}

TEST(ReadMarkdownBlocks, ReadsAnUnclosedFenceToTheEnd) {
    const auto blocks = read_markdown_blocks("```yaml\na: 1\n");
    ASSERT_EQ(blocks.size(), 1u);
    EXPECT_EQ(blocks[0].body.size(), 2u);
}

TEST(StripEmphasis, DropsBoldAndCodeMarks) {
    EXPECT_EQ(strip_emphasis("  **Batch 1:** `x` __y__ "), "Batch 1: x y");
}

}  // namespace
}  // namespace tollgate
