#pragma once

// The CI renderers' view of a `check` verdict (GitHub annotations and step
// summary, SARIF, GitLab code quality).

#include "runner/report/change_findings.hpp"
#include "runner/verdict/check_result.hpp"

namespace tollgate {

/// Zone verdicts, the changed lines no test ran (from every coverage gate
/// with patch coverage, merged per file), and the failing reasons other than
/// zone violations (those are annotated on their files already).
ChangeFindings check_findings(const CheckResult& result);

}  // namespace tollgate
