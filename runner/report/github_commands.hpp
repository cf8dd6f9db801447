#pragma once

// GitHub Actions' workflow commands and files: annotations on stdout, the
// step summary ($GITHUB_STEP_SUMMARY) and step outputs ($GITHUB_OUTPUT).

#include "runner/report/change_findings.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tollgate {

/// GitHub shows at most this many annotations of each kind (error, warning,
/// notice) per step; more are dropped without a word, so we never emit more.
inline constexpr std::size_t github_annotation_limit = 10;

/// GitHub's limit on one step's summary file.
inline constexpr std::size_t github_step_summary_limit = 1024 * 1024;

/// `::error file=…,title=…::reason` for each zone violation and
/// `::warning file=…,line=…,endLine=…,title=…::…` for each uncovered range of
/// changed lines; each of `failures` is an ::error without a file (sharing
/// the error kind's slots with violations). At most github_annotation_limit per kind: past that, the
/// last annotation of the kind says how many more there are and names the
/// first of them, so nothing disappears silently (the step summary lists all).
std::string render_github_annotations(const ChangeFindings& findings);

/// The Markdown verdict for the step summary: heading, counts, a table of
/// violations and one of uncovered lines. Never longer than `budget` bytes:
/// rows past it are counted in a closing line instead of shown.
std::string render_findings_markdown(const ChangeFindings& findings, std::size_t budget);

/// $GITHUB_OUTPUT lines: `name=value`, or for a value with a line break
/// `name<<DELIM`, the value, `DELIM`, with a delimiter the value does not contain.
std::string render_github_outputs(const std::vector<std::pair<std::string, std::string>>& outputs);

}  // namespace tollgate
