#pragma once

// The result of `tollgate validate`, computed once and rendered by pure
// functions (text for people, JSON for tools).

#include "runner/core/diagnostic.hpp"
#include "runner/inventory/model.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// How many elements of each kind the inventory holds.
struct InventoryCounts {
    int streams = 0;
    int packets = 0;
    int gates = 0;
    int checkpoints = 0;
    int zones = 0;
    int triggers = 0;
};

/// Everything `validate` reports.
struct ValidationReport {
    std::vector<std::string> files;  ///< files read, as shown, root first
    InventoryCounts counts;
    std::vector<Diagnostic> diagnostics;  ///< errors and warnings sorted by place, then notes
    int errors = 0;
    int warnings = 0;

    /// No errors (warnings allowed).
    [[nodiscard]] bool valid() const { return errors == 0; }
};

/// Builds the report from what loading and checking found.
ValidationReport make_validation_report(const Inventory& inventory, const Diagnostics& diagnostics);

/// One line per diagnostic, as compilers print them.
std::string render_validation_diagnostics(const ValidationReport& report);

/// "tollgate.yml: 11 packets, 14 gates, 4 checkpoints, 5 zones, 3 triggers: OK".
std::string render_validation_summary(const ValidationReport& report);

/// The versioned JSON document of `validate --format json`.
std::string render_validation_json(const ValidationReport& report);

}  // namespace tollgate
