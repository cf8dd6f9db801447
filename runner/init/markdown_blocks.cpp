#include "runner/init/markdown_blocks.hpp"

#include "runner/core/text.hpp"

namespace tollgate {

namespace {

bool is_fence(std::string_view line, std::string& marker) {
    const auto t = trim(line);
    for (const char* m : {"```", "~~~"}) {
        if (t.rfind(m, 0) == 0) {
            marker = m;
            return true;
        }
    }
    return false;
}

std::vector<std::string> table_cells(std::string_view line) {
    auto t = trim(line);
    if (!t.empty() && t.front() == '|') t.remove_prefix(1);
    if (!t.empty() && t.back() == '|') t.remove_suffix(1);
    std::vector<std::string> cells;
    for (const auto& cell : split(t, '|')) cells.push_back(strip_emphasis(cell));
    return cells;
}

bool is_separator_row(std::string_view line) {
    const auto t = trim(line);
    return !t.empty() && t.find_first_not_of("|-: ") == std::string_view::npos && t.find('-') != std::string_view::npos;
}

}  // namespace

std::string strip_emphasis(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "**") == 0 || text.compare(i, 2, "__") == 0) {
            ++i;
            continue;
        }
        if (text[i] == '`') continue;
        out += text[i];
    }
    return std::string(trim(out));
}

std::vector<MarkdownBlock> read_markdown_blocks(std::string_view text) {
    std::vector<std::string> lines = split(text, '\n');
    for (auto& l : lines) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
    }
    std::vector<MarkdownBlock> blocks;
    int heading = -1;
    auto push = [&](MarkdownBlock b) {
        b.heading = heading;
        if (b.kind == MarkdownBlock::Kind::heading) heading = static_cast<int>(blocks.size());
        blocks.push_back(std::move(b));
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const auto t = trim(line);
        const int number = static_cast<int>(i) + 1;
        std::string marker;
        if (is_fence(line, marker)) {
            MarkdownBlock b;
            b.kind = MarkdownBlock::Kind::fence;
            b.line = number;
            b.text = std::string(trim(t.substr(marker.size())));
            std::size_t j = i + 1;
            while (j < lines.size() && trim(lines[j]).rfind(marker, 0) != 0) b.body.push_back(lines[j++]);
            b.end_line = static_cast<int>(std::min(j, lines.size() - 1)) + 1;
            i = j;
            push(std::move(b));
            continue;
        }
        if (t.empty() || t == "---" || t == "***") continue;
        if (t.front() == '#') {
            const auto hashes = t.find_first_not_of('#');
            if (hashes != std::string_view::npos && hashes <= 6 && t[hashes] == ' ') {
                MarkdownBlock b;
                b.kind = MarkdownBlock::Kind::heading;
                b.line = b.end_line = number;
                b.level = static_cast<int>(hashes);
                b.text = strip_emphasis(t.substr(hashes));
                push(std::move(b));
                continue;
            }
        }
        if (t.front() == '|' && i + 1 < lines.size() && is_separator_row(lines[i + 1])) {
            MarkdownBlock b;
            b.kind = MarkdownBlock::Kind::table;
            b.line = number;
            b.header = table_cells(t);
            std::size_t j = i + 2;
            for (; j < lines.size() && !trim(lines[j]).empty() && trim(lines[j]).front() == '|'; ++j) {
                b.rows.push_back(table_cells(lines[j]));
                b.row_lines.push_back(static_cast<int>(j) + 1);
            }
            b.end_line = static_cast<int>(j);
            i = j - 1;
            push(std::move(b));
            continue;
        }
        const auto indent = line.find_first_not_of(' ');
        std::string_view rest = t;
        bool item = false;
        if (rest.size() > 1 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest[1] == ' ') {
            rest.remove_prefix(2);
            item = true;
        } else {
            const auto digits = rest.find_first_not_of("0123456789");
            if (digits != std::string_view::npos && digits > 0 && digits + 1 < rest.size() && rest[digits] == '.' &&
                rest[digits + 1] == ' ') {
                rest.remove_prefix(digits + 2);
                item = true;
            }
        }
        MarkdownBlock b;
        b.line = b.end_line = number;
        if (item) {
            b.kind = MarkdownBlock::Kind::list_item;
            b.level = static_cast<int>(indent);
            rest = trim(rest);
            if (rest.size() >= 3 && rest[0] == '[' && rest[2] == ']' &&
                (rest[1] == ' ' || rest[1] == 'x' || rest[1] == 'X')) {
                b.checkbox = true;
                rest.remove_prefix(3);
            }
        }
        b.text = strip_emphasis(rest);
        push(std::move(b));
    }
    return blocks;
}

}  // namespace tollgate
