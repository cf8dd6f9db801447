#include "runner/coverage/llvm_json_reader.hpp"

#include "runner/coverage/json_walker.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace tollgate {

namespace {

// A file may not claim more mapped lines than this; beyond it the segments
// are hostile or corrupt and walking them would take unbounded time.
constexpr std::uint64_t k_max_line_span = 50'000'000;

struct Segment {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::uint64_t count = 0;
    bool has_count = false;
    bool region_entry = false;
    bool gap = false;
};

// llvm::coverage::LineCoverageStats for one line.
struct LineStats {
    bool mapped = false;
    std::uint64_t count = 0;
};

LineStats line_stats(const Segment* first, const Segment* last, const Segment* wrapped) {
    const auto starts_region = [](const Segment& s) { return !s.gap && s.has_count && s.region_entry; };
    unsigned min_region_count = 0;
    for (const Segment* s = first; s != last && min_region_count < 2; ++s) {
        if (starts_region(*s)) ++min_region_count;
    }
    const bool start_of_skipped = first != last && !first->has_count && first->region_entry;
    LineStats stats;
    stats.mapped = !start_of_skipped && ((wrapped != nullptr && wrapped->has_count) || min_region_count > 0);
    if (!stats.mapped) return stats;
    if (wrapped != nullptr) stats.count = wrapped->count;
    if (min_region_count == 0) return stats;
    for (const Segment* s = first; s != last; ++s) {
        if (starts_region(*s)) stats.count = std::max(stats.count, s->count);
    }
    return stats;
}

class LlvmWalker final : public JsonWalker {
public:
    ParsedReport run(const ReportInput& input) {
        m_out.format = CoverageFormat::llvm_json;
        walk(input);
        if (!m_saw_data) fail("not an llvm-cov export: no \"data\" array");
        for (auto& [where, fn] : m_groups) {
            m_out.data.file(std::get<0>(where)).add_function(std::move(fn.name), fn.line, fn.hits);
        }
        for (auto& [path, file] : m_out.data.files) file.finish();
        return std::move(m_out);
    }

private:
    std::uint64_t number(const JsonScalar& v) {
        const auto n = v.count();
        if (!n) fail("expected a number in \"" + std::string(m_array_name) + "\"");
        return *n;
    }

    std::uint32_t line_number(const JsonScalar& v) {
        const auto n = number(v);
        if (n > 0xFFFFFFFFu) fail("line number out of range");
        return static_cast<std::uint32_t>(n);
    }

    void on_open(bool array) override {
        if (array && at({"data"})) m_saw_data = true;
        if (!array && at({"data", "[]", "files", "[]"})) {
            m_path.clear();
            m_segments.clear();
            m_branches.clear();
        } else if (array && at({"data", "[]", "files", "[]", "segments", "[]"})) {
            m_segments.emplace_back();
            m_array_name = "segments";
        } else if (array && at({"data", "[]", "files", "[]", "branches", "[]"})) {
            m_branch = {};
            m_array_name = "branches";
        } else if (!array && at({"data", "[]", "functions", "[]"})) {
            m_function = {};
            m_function_file.clear();
            m_function_line = 0;
            m_function_column = 0;
            m_function_region = 0;
        } else if (array && at({"data", "[]", "functions", "[]", "regions", "[]"})) {
            m_array_name = "regions";
        }
    }

    void on_scalar(const JsonScalar& v) override {
        if (at({"data", "[]", "files", "[]", "segments", "[]", "[]"})) {
            auto& s = m_segments.back();
            switch (current_index()) {
                case 0: s.line = line_number(v); break;
                case 1: s.column = line_number(v); break;
                case 2: s.count = number(v); break;
                case 3: s.has_count = v.boolean; break;
                case 4: s.region_entry = v.boolean; break;
                case 5: s.gap = v.boolean; break;
                default: break;
            }
        } else if (at({"data", "[]", "files", "[]", "branches", "[]", "[]"})) {
            if (current_index() < m_branch.size()) m_branch[current_index()] = number(v);
        } else if (at({"data", "[]", "files", "[]", "filename"})) {
            if (v.kind != JsonScalar::Kind::string) fail("\"filename\" must be a string");
            m_path = *v.string;
        } else if (at({"data", "[]", "functions", "[]", "name"})) {
            if (v.kind == JsonScalar::Kind::string) m_function.name = *v.string;
        } else if (at({"data", "[]", "functions", "[]", "count"})) {
            m_function.hits = add_hits(0, number(v));
        } else if (at({"data", "[]", "functions", "[]", "filenames", "[]"})) {
            if (current_index() == 0 && v.kind == JsonScalar::Kind::string) m_function_file = *v.string;
        } else if (at({"data", "[]", "functions", "[]", "regions", "[]", "[]"})) {
            if (m_function_region == 0 && current_index() == 0) m_function_line = line_number(v);
            if (m_function_region == 0 && current_index() == 1) m_function_column = line_number(v);
        }
    }

    void on_close(bool array) override {
        if (array && at({"data", "[]", "files", "[]", "branches", "[]"})) {
            m_branches.push_back(m_branch);
        } else if (!array && at({"data", "[]", "files", "[]"})) {
            finish_file();
        } else if (array && at({"data", "[]", "functions", "[]", "regions", "[]"})) {
            ++m_function_region;
        } else if (!array && at({"data", "[]", "functions", "[]"})) {
            add_function();
        }
    }

    // llvm-cov counts an instantiation group (every function whose first
    // region starts at the same place: template instances, a static inline
    // function compiled into several units) as one function, covered when
    // any member ran. Named by its first member, without the "file.c:"
    // prefix llvm gives static functions.
    void add_function() {
        if (m_function.name.empty() || m_function_file.empty()) return;
        auto [it, inserted] = m_groups.try_emplace({m_function_file, m_function_line, m_function_column});
        if (inserted) {
            std::string name = std::move(m_function.name);
            if (const auto colon = name.find(':'); colon != std::string::npos && colon + 1 < name.size()) {
                name.erase(0, colon + 1);
            }
            it->second = FunctionHit{std::move(name), m_function_line, 0};
        }
        it->second.hits = add_hits(it->second.hits, m_function.hits);  // the group's total count
    }

    void finish_file() {
        if (m_path.empty()) fail("a file entry has no \"filename\"");
        auto& file = m_out.data.file(m_path);
        for (const auto& b : m_branches) {
            const auto line = static_cast<std::uint32_t>(std::min<std::uint64_t>(b[0], 0xFFFFFFFFu));
            const auto column = static_cast<std::uint32_t>(std::min<std::uint64_t>(b[1], 0xFFFFFFFFu));
            file.add_branch(line, column, 0, add_hits(0, b[4]));
            file.add_branch(line, column, 1, add_hits(0, b[5]));
        }
        if (m_segments.empty()) return;
        for (std::size_t i = 1; i < m_segments.size(); ++i) {
            if (m_segments[i].line < m_segments[i - 1].line) fail("segments of '" + m_path + "' are out of order");
        }
        if (m_segments.back().line - m_segments.front().line > k_max_line_span) {
            fail("segments of '" + m_path + "' span an implausible number of lines");
        }
        // llvm::coverage::LineCoverageIterator: every line from the first
        // segment's to the last's, carrying the last segment of the previous
        // line as the wrapped segment.
        const Segment* wrapped = nullptr;
        const Segment* next = m_segments.data();
        const Segment* end = next + m_segments.size();
        const Segment* line_first = next;
        const Segment* line_last = next;
        for (std::uint32_t line = next->line; next != end; ++line) {
            if (line_last != line_first) wrapped = line_last - 1;
            line_first = next;
            while (next != end && next->line == line) ++next;
            line_last = next;
            const auto stats = line_stats(line_first, line_last, wrapped);
            if (stats.mapped) file.lines.add(line, stats.count);
        }
    }

    ParsedReport m_out;
    bool m_saw_data = false;
    std::string m_path;
    std::vector<Segment> m_segments;
    std::array<std::uint64_t, 6> m_branch{};
    std::vector<std::array<std::uint64_t, 6>> m_branches;
    FunctionHit m_function;
    std::string m_function_file;
    std::uint32_t m_function_line = 0;
    std::uint32_t m_function_column = 0;
    std::size_t m_function_region = 0;
    std::map<std::tuple<std::string, std::uint32_t, std::uint32_t>, FunctionHit> m_groups;
    std::string_view m_array_name = "data";
};

}  // namespace

ParsedReport read_llvm_json(const ReportInput& input) {
    return LlvmWalker().run(input);
}

}  // namespace tollgate
