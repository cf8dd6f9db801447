#include "runner/coverage/go_profile_reader.hpp"

#include "runner/coverage/numbers.hpp"

#include <cstring>

namespace tollgate {

namespace {

// A single block may not span more lines than this (hostile input guard).
constexpr std::uint32_t k_max_block_lines = 1'000'000;

class GoParser {
public:
    explicit GoParser(const ReportInput& input) : m_in(input), m_cadence(input.release) {
        m_out.format = CoverageFormat::go;
    }

    ParsedReport run() {
        for_each_line(m_in.text, m_cadence, [this](std::string_view line) {
            ++m_line;
            handle(line);
        });
        if (!m_saw_mode) fail(1, "not a Go coverprofile: the first line must be 'mode: set|count|atomic'");
        for (auto& [path, file] : m_out.data.files) file.finish();
        return std::move(m_out);
    }

private:
    [[noreturn]] void fail(int line, const std::string& message) const {
        throw ReportError(SourceLocation{m_in.origin, line, 0}, message);
    }

    void handle(std::string_view line) {
        if (line.empty()) return;
        if (line.starts_with("mode:")) {
            // Merged profiles repeat the mode line; all must agree on set vs counts only loosely.
            m_saw_mode = true;
            return;
        }
        if (!m_saw_mode) fail(m_line, "not a Go coverprofile: the first line must be 'mode: set|count|atomic'");
        // path:L1.C1,L2.C2 statements count — the path may itself hold ':'.
        const auto last_space = line.rfind(' ');
        const auto mid_space = last_space == std::string_view::npos ? last_space : line.rfind(' ', last_space - 1);
        const auto colon = mid_space == std::string_view::npos ? mid_space : line.rfind(':', mid_space);
        if (last_space == std::string_view::npos || mid_space == std::string_view::npos ||
            colon == std::string_view::npos || colon == 0) {
            fail(m_line, "malformed block: expected 'file:line.col,line.col statements count'");
        }
        const auto range = line.substr(colon + 1, mid_space - colon - 1);
        const auto statements = parse_unsigned(line.substr(mid_space + 1, last_space - mid_space - 1));
        const auto count = parse_count(line.substr(last_space + 1));
        const auto comma = range.find(',');
        const auto dot1 = range.find('.');
        const auto dot2 = comma == std::string_view::npos ? comma : range.find('.', comma);
        if (!statements || !count || comma == std::string_view::npos || dot1 > comma ||
            dot2 == std::string_view::npos) {
            fail(m_line, "malformed block: expected 'file:line.col,line.col statements count'");
        }
        const auto first = parse_u32(range.substr(0, dot1));
        const auto last = parse_u32(range.substr(comma + 1, dot2 - comma - 1));
        if (!first || !last || *last < *first || *last - *first > k_max_block_lines) {
            fail(m_line, "malformed block: bad line range '" + std::string(range) + "'");
        }
        if (*statements == 0) return;
        auto& file = m_out.data.file(std::string(line.substr(0, colon)));
        const std::uint64_t hits = count->negative ? 0 : count->value;
        for (std::uint32_t l = *first;; ++l) {
            file.lines.add(l, hits);
            if (l == *last) break;
        }
    }

    const ReportInput& m_in;
    ReleaseCadence m_cadence;
    ParsedReport m_out;
    int m_line = 0;
    bool m_saw_mode = false;
};

}  // namespace

ParsedReport read_go_profile(const ReportInput& input) {
    return GoParser(input).run();
}

}  // namespace tollgate
