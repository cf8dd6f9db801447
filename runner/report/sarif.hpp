#pragma once

// SARIF 2.1.0 for zone violations, uploadable to GitHub code scanning
// (github/codeql-action/upload-sarif).

#include "runner/report/change_findings.hpp"

#include <string>
#include <string_view>

namespace tollgate {

/// A SARIF 2.1.0 log: one run whose tool.driver is tollgate with one rule
/// per zone rule kind (tollgate/zone-exclusive, …-extend, …-coordinate,
/// …-unowned), and one result per violation: level error, the reason as
/// its message, the changed file as its location (line 1: a zone rule is
/// about the whole file), the zone pattern in the inventory as a related
/// location, and a partial fingerprint so code scanning tracks it across
/// pushes. Always a valid log, with an empty result list when nothing is wrong.
std::string render_sarif(const ChangeFindings& findings);

/// A repository path as a relative URI reference: bytes outside the RFC 3986
/// unreserved set and '/' are percent-encoded.
std::string uri_path(std::string_view path);

}  // namespace tollgate
