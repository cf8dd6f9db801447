#include "runner/coverage/jacoco_reader.hpp"

#include "runner/coverage/numbers.hpp"
#include "runner/coverage/xml_scanner.hpp"

namespace tollgate {

namespace {

class JacocoParser {
public:
    explicit JacocoParser(const ReportInput& input)
        : m_cadence(input.release), m_xml(input.text, input.origin, &m_cadence) {
        m_out.format = CoverageFormat::jacoco;
    }

    ParsedReport run() {
        scan_document(m_xml, m_cadence, "report", "JaCoCo", {[this] { start(); }, [this] { end(); }, {}});
        for (auto& [path, file] : m_out.data.files) file.finish();
        return std::move(m_out);
    }

private:
    std::string path_in_package(const std::string& file) const {
        return m_package.empty() ? file : m_package + "/" + file;
    }

    std::uint64_t number(std::string_view attr) const {
        const auto raw = m_xml.raw_attribute(attr);
        if (!raw) return 0;
        const auto n = parse_loose_count(*raw);
        if (!n) m_xml.fail("<" + std::string(m_xml.name()) + "> has a non-numeric " + std::string(attr) + " attribute");
        return *n;
    }

    void start() {
        const auto name = m_xml.name();
        if (name == "package") {
            m_package = m_xml.attribute("name").value_or("");
        } else if (name == "class") {
            const auto source = m_xml.attribute("sourcefilename");
            m_class_file = source && !source->empty() ? path_in_package(*source) : std::string{};
            m_class_name = m_xml.attribute("name").value_or("");
            if (const auto slash = m_class_name.rfind('/'); slash != std::string::npos) {
                m_class_name.erase(0, slash + 1);
            }
        } else if (name == "method") {
            m_in_method = true;
            m_method_name =
                m_class_name + "." + m_xml.attribute("name").value_or("?") + m_xml.attribute("desc").value_or("");
            m_method_line = static_cast<std::uint32_t>(std::min<std::uint64_t>(number("line"), 0xFFFFFFFFu));
            m_method_covered = false;
        } else if (name == "counter" && m_in_method) {
            if (m_xml.raw_attribute("type") == std::optional<std::string_view>("METHOD")) {
                m_method_covered = number("covered") > 0;
            }
        } else if (name == "sourcefile") {
            const auto file = m_xml.attribute("name").value_or("");
            if (file.empty()) m_xml.fail("<sourcefile> without a name attribute");
            m_file = &m_out.data.file(path_in_package(file));
        } else if (name == "line" && m_file != nullptr) {
            line();
        }
    }

    void end() {
        const auto name = m_xml.name();
        if (name == "package") {
            m_package.clear();
        } else if (name == "method" && m_in_method) {
            m_in_method = false;
            if (!m_class_file.empty()) {
                m_out.data.file(m_class_file).add_function(m_method_name, m_method_line, m_method_covered ? 1 : 0);
            }
        } else if (name == "sourcefile") {
            m_file = nullptr;
        }
    }

    void line() {
        const auto raw = m_xml.raw_attribute("nr");
        const auto nr = raw ? parse_u32(*raw) : std::nullopt;
        if (!nr) m_xml.fail("<line> needs a numeric nr attribute");
        const auto mi = number("mi");
        const auto ci = number("ci");
        const auto mb = number("mb");
        const auto cb = number("cb");
        if (mi > 0 || ci > 0) m_file->lines.add(*nr, ci);
        if (mb > 0xFFFFu || cb > 0xFFFFu)
            m_xml.fail("<line nr=\"" + std::to_string(*nr) + "\"> claims too many branches");
        for (std::uint64_t i = 0; i < mb + cb; ++i) {
            m_file->add_branch(*nr, 0, static_cast<std::uint32_t>(i), i < cb ? 1 : 0);
        }
    }

    ReleaseCadence m_cadence;
    XmlScanner m_xml;
    ParsedReport m_out;
    std::string m_package;
    std::string m_class_file;
    std::string m_class_name;
    FileCoverage* m_file = nullptr;
    bool m_in_method = false;
    std::string m_method_name;
    std::uint32_t m_method_line = 0;
    bool m_method_covered = false;
};

}  // namespace

ParsedReport read_jacoco(const ReportInput& input) {
    return JacocoParser(input).run();
}

}  // namespace tollgate
