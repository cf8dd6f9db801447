#pragma once

// What one gate concluded: its status, its coverage figures and the result
// the scheduler assembles from its attempts. Gate kinds produce these; the
// run (runner/schedule/run_result.hpp) and the check collect them.

#include "runner/core/duration.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tollgate {

/// How one gate ended (DESIGN §4 `gates[].status`).
enum class GateStatus { passed, failed, timeout, skipped, error, manual, interrupted };

/// Changed lines of one file that no test ran (patch coverage), as
/// inclusive 1-based ranges: what CI annotations point at.
struct UncoveredLines {
    std::string path;
    std::vector<std::pair<int, int>> ranges;
};

/// Coverage figures a coverage-checking gate attaches to its result.
struct CoverageFigures {
    std::optional<double> line_percent;
    std::optional<double> branch_percent;
    std::optional<double> patch_percent;
    std::vector<UncoveredLines> uncovered;  ///< with patch coverage: the changed lines no test ran
};

/// One gate's result, possibly after several attempts.
struct GateResult {
    std::string id;
    std::string title;
    int number = 0;  ///< 1-based position in the run, as ctest numbers tests
    GateStatus status = GateStatus::skipped;
    std::optional<int> exit_code;  ///< the process's exit status, when it returned one
    Millis duration{0};            ///< all attempts together
    std::string outcome;           ///< how the last attempt ended: "exit 1", "killed by SIGSEGV", …
    std::string reason;            ///< why it was skipped, manual, an error, or flaky
    bool flaky = false;            ///< passed only after a failed attempt
    int attempts = 0;              ///< 0 when it never ran
    std::string output;            ///< captured stdout+stderr of the last attempt (head and tail)
    std::uint64_t output_bytes = 0;
    std::uint64_t dropped_bytes = 0;
    std::map<std::string, double> metrics;  ///< from the gate's `metrics` regexes
    std::optional<CoverageFigures> coverage;
    std::vector<std::string> labels;
    std::vector<std::string> packets;      ///< packets listing this gate (for report grouping)
    std::vector<std::string> checkpoints;  ///< checkpoints listing this gate
};

/// "passed", "failed", "timeout", "skipped", "error", "manual", "interrupted".
std::string to_string(GateStatus status);
/// True for the statuses that fail a run: failed, timeout, error, interrupted.
bool is_failure(GateStatus status);

}  // namespace tollgate
