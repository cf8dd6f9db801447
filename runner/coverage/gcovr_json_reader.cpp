#include "runner/coverage/gcovr_json_reader.hpp"

#include "runner/coverage/json_walker.hpp"

namespace tollgate {

namespace {

class GcovrWalker final : public JsonWalker {
public:
    ParsedReport run(const ReportInput& input) {
        m_out.format = CoverageFormat::gcovr_json;
        walk(input);
        if (!m_saw_files) fail("not a gcovr JSON report: no \"files\" array");
        for (auto& [path, file] : m_out.data.files) file.finish();
        return std::move(m_out);
    }

private:
    struct Line {
        std::optional<std::uint32_t> number;
        std::uint64_t count = 0;
        bool noncode = false;
        std::vector<std::uint64_t> branches;
    };
    struct Function {
        std::string name;
        std::uint32_t line = 0;
        std::uint64_t count = 0;
    };

    std::uint32_t line_number(const JsonScalar& v) {
        const auto n = v.count();
        if (!n || *n > 0xFFFFFFFFu) fail("\"" + std::string(current_key()) + "\" must be a line number");
        return static_cast<std::uint32_t>(*n);
    }

    std::uint64_t number(const JsonScalar& v) {
        const auto n = v.count();
        if (!n) fail("\"" + std::string(current_key()) + "\" must be a number");
        return *n;
    }

    void on_open(bool array) override {
        if (array && at({"files"})) m_saw_files = true;
        if (!array && at({"files", "[]"})) {
            m_path.clear();
            m_lines.clear();
            m_functions.clear();
        } else if (!array && at({"files", "[]", "lines", "[]"})) {
            m_line = Line{};
        } else if (!array && at({"files", "[]", "functions", "[]"})) {
            m_function = Function{};
        }
    }

    void on_scalar(const JsonScalar& v) override {
        if (at({"files", "[]", "file"})) {
            if (v.kind != JsonScalar::Kind::string) fail("\"file\" must be a string");
            m_path = *v.string;
        } else if (at({"files", "[]", "lines", "[]", "line_number"})) {
            m_line.number = line_number(v);
        } else if (at({"files", "[]", "lines", "[]", "count"})) {
            m_line.count = number(v);
        } else if (at({"files", "[]", "lines", "[]", "gcovr/noncode"})) {
            m_line.noncode = v.kind == JsonScalar::Kind::boolean && v.boolean;
        } else if (at({"files", "[]", "lines", "[]", "branches", "[]", "count"})) {
            m_line.branches.push_back(number(v));
        } else if (at({"files", "[]", "functions", "[]", "name"})) {
            if (v.kind == JsonScalar::Kind::string) m_function.name = *v.string;
        } else if (at({"files", "[]", "functions", "[]", "lineno"})) {
            m_function.line = line_number(v);
        } else if (at({"files", "[]", "functions", "[]", "execution_count"})) {
            m_function.count = number(v);
        }
    }

    void on_close(bool array) override {
        if (array) return;
        if (at({"files", "[]", "lines", "[]"})) {
            if (!m_line.number) fail("a line entry has no \"line_number\"");
            m_lines.push_back(std::move(m_line));
        } else if (at({"files", "[]", "functions", "[]"})) {
            if (m_function.name.empty()) fail("a function entry has no \"name\"");
            m_functions.push_back(std::move(m_function));
        } else if (at({"files", "[]"})) {
            if (m_path.empty()) fail("a file entry has no \"file\" name");
            auto& file = m_out.data.file(m_path);
            for (const auto& line : m_lines) {
                if (line.noncode) continue;
                file.lines.add(*line.number, line.count);
                for (std::size_t i = 0; i < line.branches.size(); ++i) {
                    file.add_branch(*line.number, 0, static_cast<std::uint32_t>(i), add_hits(0, line.branches[i]));
                }
            }
            for (auto& fn : m_functions) file.add_function(std::move(fn.name), fn.line, fn.count);
        }
    }

    ParsedReport m_out;
    bool m_saw_files = false;
    std::string m_path;
    std::vector<Line> m_lines;
    std::vector<Function> m_functions;
    Line m_line;
    Function m_function;
};

}  // namespace

ParsedReport read_gcovr_json(const ReportInput& input) {
    return GcovrWalker().run(input);
}

}  // namespace tollgate
