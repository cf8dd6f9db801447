#pragma once

// GitLab's code-quality report (artifacts:reports:codequality), so merge
// requests show zone violations and uncovered changed lines inline.

#include "runner/report/change_findings.hpp"

#include <string>

namespace tollgate {

/// A JSON array of issues {description, check_name, fingerprint, severity,
/// location {path, lines {begin}}}: zone violations as "critical" (check
/// tollgate/zone-RULE, line 1), uncovered changed ranges as "minor" (check
/// tollgate/uncovered-lines, first line of the range). Fingerprints are
/// stable over path, check and line, as GitLab uses them to match issues
/// between the base and head pipelines.
std::string render_codequality(const ChangeFindings& findings);

}  // namespace tollgate
