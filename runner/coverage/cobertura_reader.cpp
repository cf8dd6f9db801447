#include "runner/coverage/cobertura_reader.hpp"

#include "runner/core/text.hpp"
#include "runner/coverage/numbers.hpp"
#include "runner/coverage/xml_scanner.hpp"

namespace tollgate {

namespace {

// "50% (1/2)" -> {1, 2}.
std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_condition_coverage(std::string_view text) {
    const auto open = text.find('(');
    const auto slash = text.find('/', open == std::string_view::npos ? 0 : open);
    const auto close = text.find(')', slash == std::string_view::npos ? 0 : slash);
    if (open == std::string_view::npos || slash == std::string_view::npos || close == std::string_view::npos) {
        return std::nullopt;
    }
    const auto covered = parse_u32(trim(text.substr(open + 1, slash - open - 1)));
    const auto total = parse_u32(trim(text.substr(slash + 1, close - slash - 1)));
    if (!covered || !total || *covered > *total) return std::nullopt;
    return std::make_pair(*covered, *total);
}

class CoberturaParser {
public:
    explicit CoberturaParser(const ReportInput& input)
        : m_cadence(input.release), m_xml(input.text, input.origin, &m_cadence) {
        m_out.format = CoverageFormat::cobertura;
    }

    ParsedReport run() {
        scan_document(m_xml, m_cadence, "coverage", "Cobertura",
                      {[this] { start(); }, [this] { end(); },
                       [this] {
                           if (m_in_source) m_source_text += xml_decode(m_xml.text());
                       }});
        for (auto& [path, file] : m_out.data.files) file.finish();
        return std::move(m_out);
    }

private:
    void start() {
        const auto name = m_xml.name();
        if (name == "source") {
            m_in_source = true;
            m_source_text.clear();
        } else if (name == "class") {
            const auto filename = m_xml.attribute("filename");
            if (!filename || filename->empty()) {
                m_out.warnings.push_back(Diagnostic{
                    Severity::warning, m_xml.location(), "<class> without a filename attribute is skipped", {}});
                m_file = nullptr;
            } else {
                m_file = &m_out.data.file(*filename);
            }
            m_in_class = true;
        } else if (name == "method" && m_in_class) {
            m_in_method = true;
            m_method_name = m_xml.attribute("name").value_or("");
            const auto signature = m_xml.attribute("signature").value_or("");
            if (!signature.empty()) m_method_name += signature;
            m_method_line = 0;
            m_method_hit = false;
        } else if (name == "line" && m_in_class) {
            line();
        }
    }

    void end() {
        const auto name = m_xml.name();
        if (name == "source") {
            m_in_source = false;
            const auto root = std::string(trim(m_source_text));
            if (!root.empty()) m_out.source_roots.push_back(root);
        } else if (name == "class") {
            m_in_class = false;
            m_file = nullptr;
        } else if (name == "method" && m_in_method) {
            m_in_method = false;
            if (m_file != nullptr && !m_method_name.empty()) {
                m_file->add_function(m_method_name, m_method_line, m_method_hit ? 1 : 0);
            }
        }
    }

    void line() {
        const auto number_text = m_xml.raw_attribute("number");
        const auto number = number_text ? parse_u32(*number_text) : std::nullopt;
        if (!number) m_xml.fail("<line> needs a numeric number attribute");
        const auto hits_text = m_xml.raw_attribute("hits");
        const auto hits = hits_text ? parse_loose_count(*hits_text) : std::optional<std::uint64_t>{0};
        if (!hits) m_xml.fail("<line number=\"" + std::to_string(*number) + "\"> has a non-numeric hits attribute");
        if (m_in_method) {
            // Method lines repeat the class's lines; they only tell where the method is and if it ran.
            if (m_method_line == 0) m_method_line = *number;
            m_method_hit = m_method_hit || *hits > 0;
            return;
        }
        if (m_file == nullptr) return;
        m_file->lines.add(*number, *hits);
        const auto branch = m_xml.raw_attribute("branch");
        if (branch && *branch == "true") {
            if (const auto cc = m_xml.raw_attribute("condition-coverage")) {
                const auto parsed = parse_condition_coverage(*cc);
                if (!parsed) m_xml.fail("malformed condition-coverage \"" + std::string(*cc) + "\"");
                // Which branches ran is not in the format: the first `covered` count as taken.
                for (std::uint32_t i = 0; i < parsed->second; ++i) {
                    m_file->add_branch(*number, 0, i, i < parsed->first ? 1 : 0);
                }
            }
        }
    }

    ReleaseCadence m_cadence;
    XmlScanner m_xml;
    ParsedReport m_out;
    FileCoverage* m_file = nullptr;
    bool m_in_class = false;
    bool m_in_source = false;
    bool m_in_method = false;
    std::string m_source_text;
    std::string m_method_name;
    std::uint32_t m_method_line = 0;
    bool m_method_hit = false;
};

}  // namespace

ParsedReport read_cobertura(const ReportInput& input) {
    return CoberturaParser(input).run();
}

}  // namespace tollgate
