#pragma once

// The --format values of every verb, parsed once into an enum. A verb names
// the formats it accepts; a value outside them is a UsageError (exit 2) that
// lists them, with the user's text escaped like every other error.

#include <initializer_list>
#include <string>
#include <string_view>

namespace tollgate {

/// One output format; its spelling on the command line is format_name().
enum class OutputFormat { text, json, md, html, junit, dot, mermaid, github, sarif, codequality, github_matrix, ctest };

/// The command-line spelling: "text", "github-matrix", ...
std::string_view format_name(OutputFormat format);

/// "text, json, md": the accepted spellings in the verb's order, for --help and errors.
std::string format_list(std::initializer_list<OutputFormat> accepted);

/// Parses `name` against the formats `verb` accepts; else a UsageError
/// "unknown VERB format 'NAME'" with "valid formats: ..." as its hint.
OutputFormat parse_output_format(std::string_view name, std::string_view verb,
                                 std::initializer_list<OutputFormat> accepted);

/// github, sarif and codequality: the CI formats a judging verb accepts besides its own.
bool is_ci_format(OutputFormat format);

}  // namespace tollgate
