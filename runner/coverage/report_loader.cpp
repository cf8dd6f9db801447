#include "runner/coverage/report_loader.hpp"

#include "runner/core/text.hpp"
#include "runner/coverage/cobertura_reader.hpp"
#include "runner/coverage/format_sniff.hpp"
#include "runner/coverage/gcovr_json_reader.hpp"
#include "runner/coverage/go_profile_reader.hpp"
#include "runner/coverage/jacoco_reader.hpp"
#include "runner/coverage/lcov_reader.hpp"
#include "runner/coverage/llvm_json_reader.hpp"
#include "runner/coverage/mapped_file.hpp"

namespace tollgate {

namespace {

std::string first_bytes(std::string_view text) {
    auto head = trim(text.substr(0, 200));
    head = head.substr(0, head.find('\n'));
    return printable(head.substr(0, 40));
}

}  // namespace

ParsedReport parse_report(const ReportInput& input, CoverageFormat format) {
    if (trim(input.text.substr(0, 4096)).empty() && trim(input.text).empty()) {
        throw ReportError(SourceLocation{input.origin, 0, 0}, "coverage report is empty",
                          "did the command that writes it fail before writing?");
    }
    if (format == CoverageFormat::auto_detect) {
        const auto sniffed = sniff_format(input.text.substr(0, 65536));
        if (!sniffed) {
            throw ReportError(
                SourceLocation{input.origin, 1, 0},
                "cannot tell the coverage format from the first bytes ('" + first_bytes(input.text) + "')",
                "name it with --format-in (lcov, cobertura, jacoco, gcovr-json, llvm-json, go)");
        }
        format = *sniffed;
    }
    ParsedReport report;
    switch (format) {
        case CoverageFormat::lcov: report = read_lcov(input); break;
        case CoverageFormat::cobertura: report = read_cobertura(input); break;
        case CoverageFormat::jacoco: report = read_jacoco(input); break;
        case CoverageFormat::gcovr_json: report = read_gcovr_json(input); break;
        case CoverageFormat::llvm_json: report = read_llvm_json(input); break;
        case CoverageFormat::go: report = read_go_profile(input); break;
        case CoverageFormat::auto_detect: break;
    }
    if (report.data.files.empty()) {
        throw ReportError(SourceLocation{input.origin, 0, 0},
                          "coverage report holds no source file (" + to_string(format) + " format)");
    }
    return report;
}

ParsedReport load_report(const std::filesystem::path& path, CoverageFormat format) {
    MappedFile file(path);
    ReportInput input{file.text(), path.string(), [&file](std::size_t offset) { file.release_before(offset); }};
    return parse_report(input, format);
}

}  // namespace tollgate
