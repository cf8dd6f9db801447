#include "runner/cli/output_format.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"

#include <algorithm>
#include <array>

namespace tollgate {

namespace {

constexpr std::array k_all{OutputFormat::text,    OutputFormat::json,   OutputFormat::md,
                           OutputFormat::html,    OutputFormat::junit,  OutputFormat::dot,
                           OutputFormat::mermaid, OutputFormat::github, OutputFormat::sarif,
                           OutputFormat::codequality, OutputFormat::github_matrix, OutputFormat::ctest};

}  // namespace

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
    const auto known = std::find_if(k_all.begin(), k_all.end(),
                                    [&](OutputFormat format) { return format_name(format) == name; });
    if (known != k_all.end() && std::find(accepted.begin(), accepted.end(), *known) != accepted.end()) return *known;
    throw UsageError("unknown " + std::string(verb) + " format '" + printable(name) + "'",
                     "valid formats: " + format_list(accepted));
}

bool is_ci_format(OutputFormat format) {
    return format == OutputFormat::github || format == OutputFormat::sarif || format == OutputFormat::codequality;
}

}  // namespace tollgate
