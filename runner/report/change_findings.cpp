#include "runner/report/change_findings.hpp"

#include "runner/core/text.hpp"

namespace tollgate {

std::string violation_title(const PathVerdict& verdict) {
    if (verdict.zone.empty()) return "Unowned change outside shared zones";
    std::string title = "Zone " + verdict.zone + " (" + verdict.rule;
    if (!verdict.owners.empty()) title += ", owner " + join(verdict.owners, ", ");
    return title + ")";
}

}  // namespace tollgate
