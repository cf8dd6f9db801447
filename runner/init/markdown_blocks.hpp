#pragma once

// A Markdown plan cut into the blocks `init --from` reads: headings, tables,
// fenced code, list items and prose lines, each with its line and the
// heading it stands under. Not a full CommonMark parser: plans are written
// in a few plain shapes, and what is not recognised stays a prose line.

#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// One block of a Markdown document.
struct MarkdownBlock {
    enum class Kind { heading, table, fence, list_item, text };
    Kind kind = Kind::text;
    int line = 0;           ///< 1-based first line
    int end_line = 0;       ///< 1-based last line
    int level = 0;          ///< heading: 1-6; list item: indent in columns
    std::string text;       ///< heading/list item/text: the words, emphasis marks removed; fence: the info string
    bool checkbox = false;  ///< list item: starts with [ ] or [x]
    std::vector<std::string> header;             ///< table: header cells
    std::vector<std::vector<std::string>> rows;  ///< table: body cells
    std::vector<int> row_lines;                  ///< table: each row's line
    std::vector<std::string> body;               ///< fence: the lines inside
    int heading = -1;                            ///< index of the nearest heading block before this one; -1 = none
};

/// The blocks of `text` in order.
std::vector<MarkdownBlock> read_markdown_blocks(std::string_view text);

/// `text` without Markdown emphasis (`**`, `__`, backticks) and surrounding blanks.
std::string strip_emphasis(std::string_view text);

}  // namespace tollgate
