#include "runner/cli/output_format.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"

namespace tollgate {

std::string_view format_name(OutputFormat format) {
    switch (format) {
        case OutputFormat::text: return "text";
        case OutputFormat::json: return "json";
        case OutputFormat::md: return "md";
        case OutputFormat::html: return "html";
        case OutputFormat::junit: return "junit";
        case OutputFormat::dot: return "dot";
        case OutputFormat::mermaid: return "mermaid";
        case OutputFormat::github: return "github";
        case OutputFormat::sarif: return "sarif";
        case OutputFormat::codequality: return "codequality";
        case OutputFormat::github_matrix: return "github-matrix";
        case OutputFormat::ctest: return "ctest";
    }
    return "text";
}

std::string format_list(std::initializer_list<OutputFormat> accepted) {
    std::string list;
    for (const OutputFormat format : accepted) {
        if (!list.empty()) list += ", ";
        list += format_name(format);
    }
    return list;
}

OutputFormat parse_output_format(std::string_view name, std::string_view verb,
                                 std::initializer_list<OutputFormat> accepted) {
    for (const OutputFormat format : accepted) {
        if (format_name(format) == name) return format;
    }
    throw UsageError("unknown " + std::string(verb) + " format '" + printable(name) + "'",
                     "valid formats: " + format_list(accepted));
}

bool is_ci_format(OutputFormat format) {
    return format == OutputFormat::github || format == OutputFormat::sarif || format == OutputFormat::codequality;
}

}  // namespace tollgate
