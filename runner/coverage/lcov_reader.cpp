#include "runner/coverage/lcov_reader.hpp"

#include "runner/coverage/numbers.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <unordered_map>

namespace tollgate {

namespace {

// lcov 2 may name a branch by an expression; such names get a stable id
// with the top bit set so they never collide with numbered branches.
std::uint32_t branch_id(std::string_view text) {
    if (const auto n = parse_u32(text); n && *n < 0x80000000u) return *n;
    std::uint32_t h = 2166136261u;
    for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h | 0x80000000u;
}

// Splits "a,b,c" at the first comma.
std::pair<std::string_view, std::string_view> cut(std::string_view text) {
    const auto comma = text.find(',');
    if (comma == std::string_view::npos) return {text, {}};
    return {text.substr(0, comma), text.substr(comma + 1)};
}

// lcov 2.x FNL/FNA: a function index with its line and aliases.
struct IndexedFunction {
    std::uint32_t line = 0;
    std::string name;
    std::uint64_t hits = 0;
};

class LcovParser {
public:
    explicit LcovParser(const ReportInput& input) : m_in(input), m_cadence(input.release) {
        m_out.format = CoverageFormat::lcov;
    }

    ParsedReport run() {
        for_each_line(m_in.text, m_cadence, [this](std::string_view line) {
            ++m_line;
            handle(line);
        });
        if (m_file != nullptr) {
            fail(m_record_line, "record for '" + m_file->path + "' has no end_of_record (truncated tracefile?)");
        }
        finish();
        return std::move(m_out);
    }

private:
    [[noreturn]] void fail(int line, const std::string& message) const {
        throw ReportError(SourceLocation{m_in.origin, line, 0}, message);
    }

    FileCoverage& current(std::string_view tag) {
        if (m_file == nullptr) fail(m_line, std::string(tag) + " record outside a file section (no SF: before it)");
        return *m_file;
    }

    std::uint32_t line_number(std::string_view text, std::string_view tag) const {
        const auto n = parse_u32(text);
        if (!n) fail(m_line, "malformed " + std::string(tag) + " record: bad line number '" + std::string(text) + "'");
        return *n;
    }

    std::uint64_t count(std::string_view text, std::string_view tag) {
        const auto c = parse_count(text);
        if (!c) fail(m_line, "malformed " + std::string(tag) + " record: bad count '" + std::string(text) + "'");
        if (c->negative) {
            if (!m_warned_negative) {
                m_out.warnings.push_back(
                    Diagnostic{Severity::warning,
                               {m_in.origin, m_line, 0},
                               "negative count -" + std::to_string(c->value) + " treated as 0 (as lcov does)",
                               {}});
                m_warned_negative = true;
            }
            return 0;
        }
        return c->value;
    }

    void handle(std::string_view line) {
        if (line.empty()) return;
        if (line.starts_with("DA:")) return handle_da(line.substr(3));
        if (line.starts_with("BRDA:")) return handle_brda(line.substr(5));
        if (line.starts_with("FNDA:")) return handle_fnda(line.substr(5));
        if (line.starts_with("FN:")) return handle_fn(line.substr(3));
        if (line.starts_with("FNL:")) return handle_fnl(line.substr(4));
        if (line.starts_with("FNA:")) return handle_fna(line.substr(4));
        if (line.starts_with("SF:") || line.starts_with("KF:")) return handle_sf(line.substr(3));
        if (line == "end_of_record") return handle_end();
        // TN, VER, LF/LH, FNF/FNH, BRF/BRH and records of later lcov versions
        // carry nothing lcov --summary uses.
    }

    void handle_sf(std::string_view path) {
        if (m_file != nullptr) {
            fail(m_line, "SF: for '" + std::string(path) + "' before the end_of_record of '" + m_file->path +
                             "' (started at line " + std::to_string(m_record_line) + ")");
        }
        if (path.empty()) fail(m_line, "SF: record without a file name");
        m_file = &m_out.data.file(std::string(path));
        m_record_line = m_line;
        m_indexed.clear();
    }

    void handle_da(std::string_view rest) {
        auto& file = current("DA");
        const auto [num, tail] = cut(rest);
        const auto [hits, checksum] = cut(tail);
        if (tail.empty() && rest.find(',') == std::string_view::npos)
            fail(m_line, "malformed DA record: expected DA:<line>,<count>");
        file.lines.add(line_number(num, "DA"), count(hits, "DA"));
    }

    void handle_brda(std::string_view rest) {
        auto& file = current("BRDA");
        const auto first = rest.find(',');
        const auto second = first == std::string_view::npos ? first : rest.find(',', first + 1);
        const auto last = rest.rfind(',');
        if (second == std::string_view::npos || last <= second) {
            fail(m_line, "malformed BRDA record: expected BRDA:<line>,<block>,<branch>,<taken>");
        }
        const auto line = line_number(rest.substr(0, first), "BRDA");
        std::string_view block_text = rest.substr(first + 1, second - first - 1);
        std::uint32_t block_flag = 0;
        if (block_text.starts_with('e')) {  // lcov 2: exception branch
            block_text.remove_prefix(1);
            block_flag = 0x80000000u;
        }
        const auto block = parse_u32(block_text);
        if (!block) fail(m_line, "malformed BRDA record: bad block '" + std::string(block_text) + "'");
        const auto branch = branch_id(rest.substr(second + 1, last - second - 1));
        const std::string_view taken_text = rest.substr(last + 1);
        std::uint32_t taken = BranchHit::k_not_executed;
        if (taken_text != "-") taken = add_hits(0, count(taken_text, "BRDA"));
        file.add_branch(line, *block | block_flag, branch, taken);
    }

    void handle_fn(std::string_view rest) {
        auto& file = current("FN");
        auto [num, name] = cut(rest);
        const auto line = line_number(num, "FN");
        // lcov 2.0 writes FN:<line>,<end line>,<name>.
        if (const auto [maybe_end, maybe_name] = cut(name); !maybe_name.empty() && parse_u32(maybe_end)) {
            name = maybe_name;
        }
        if (name.empty()) fail(m_line, "malformed FN record: expected FN:<line>,<name>");
        file.add_function(std::string(name), line, 0);
    }

    void handle_fnda(std::string_view rest) {
        auto& file = current("FNDA");
        const auto [hits, name] = cut(rest);
        if (name.empty()) fail(m_line, "malformed FNDA record: expected FNDA:<count>,<name>");
        file.add_function(std::string(name), 0, count(hits, "FNDA"));
    }

    void handle_fnl(std::string_view rest) {
        current("FNL");
        const auto [index, tail] = cut(rest);
        const auto [start, end] = cut(tail);
        m_indexed[line_number(index, "FNL")].line = line_number(start, "FNL");
    }

    void handle_fna(std::string_view rest) {
        current("FNA");
        const auto [index, tail] = cut(rest);
        const auto [hits, name] = cut(tail);
        if (name.empty()) fail(m_line, "malformed FNA record: expected FNA:<index>,<count>,<name>");
        auto& fn = m_indexed[line_number(index, "FNA")];
        if (fn.name.empty()) fn.name = std::string(name);  // aliases count as one function
        fn.hits += count(hits, "FNA");
    }

    void handle_end() {
        if (m_file == nullptr) fail(m_line, "end_of_record without a file section");
        for (auto& [index, fn] : m_indexed) {
            m_file->add_function(fn.name.empty() ? "#" + std::to_string(index) : std::move(fn.name), fn.line, fn.hits);
        }
        m_indexed.clear();
        // Fold a file's data when its section ends (FN and FNDA of one
        // function become one entry, vectors lose their growth slack), so a
        // big tracefile never holds more than its distinct data. A file met
        // again (per-test sections) is folded once its data has doubled, which
        // keeps the sorting amortised.
        auto& seen = m_folded[m_file];
        const std::size_t size = m_file->branches.size() + m_file->functions.size() + m_file->lines.size_hint();
        if (seen == 0 || size > 2 * seen) {
            m_file->finish();
            seen = std::max<std::size_t>(
                1, m_file->branches.size() + m_file->functions.size() + m_file->lines.size_hint());
        }
        m_file = nullptr;
    }

    void finish() {
        if (m_out.data.files.empty()) fail(1, "no coverage records (SF: ... end_of_record) found");
        for (auto it = m_out.data.files.begin(); it != m_out.data.files.end();) {
            it->second.finish();
            // lcov drops files without line data, with their functions and branches.
            it = it->second.lines.empty() ? m_out.data.files.erase(it) : std::next(it);
        }
        if (m_out.data.files.empty()) fail(1, "no file in the tracefile has line data (DA: records)");
    }

    const ReportInput& m_in;
    ReleaseCadence m_cadence;
    ParsedReport m_out;
    FileCoverage* m_file = nullptr;
    int m_line = 0;
    int m_record_line = 0;
    bool m_warned_negative = false;
    std::map<std::uint32_t, IndexedFunction> m_indexed;
    std::unordered_map<const FileCoverage*, std::size_t> m_folded;
};

}  // namespace

ParsedReport read_lcov(const ReportInput& input) {
    return LcovParser(input).run();
}

}  // namespace tollgate
