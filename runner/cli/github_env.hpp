#pragma once

// Publishing a verdict inside a GitHub Actions step: annotations on stdout,
// the Markdown verdict appended to $GITHUB_STEP_SUMMARY, outputs appended to
// $GITHUB_OUTPUT. Rendering is in runner/report/github_commands.hpp.

#include "runner/cli/global_options.hpp"
#include "runner/cli/output_format.hpp"
#include "runner/report/change_findings.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace tollgate {

/// Writes the annotations to io.out, then appends the summary and the
/// outputs to the files GitHub names. A variable that is unset or empty gets
/// a note on io.err (outside Actions there is nowhere to write); one naming
/// a file that cannot be appended to is an EnvironmentError (exit 3) naming
/// the variable. The summary is cut to fit what is left of the step's 1 MiB.
void publish_to_github(const ChangeFindings& findings, const std::vector<std::pair<std::string, std::string>>& outputs,
                       Io& io);

/// Rewrites each verdict's pattern_where.file relative to `root` (the
/// repository's work tree), as SARIF and annotations name files.
void make_patterns_repo_relative(ChangeFindings& findings, const std::filesystem::path& root);

/// Writes the CI outputs of a judged change: sarif.json and codequality.json
/// into `report_dir` (when given); then per `format`: sarif or codequality on
/// io.out, or for github the annotations, step summary and `outputs` (plus
/// `sarif-path`). Text output for github is the caller's.
void write_ci_outputs(const ChangeFindings& findings, OutputFormat format, const std::string& report_dir,
                      std::vector<std::pair<std::string, std::string>> outputs, Io& io);

}  // namespace tollgate
