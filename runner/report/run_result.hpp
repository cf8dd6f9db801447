#pragma once

// The immutable outcome of running gates: computed once by the scheduler,
// then rendered by pure functions (console, results.json, junit.xml,
// summary.md). `check` reuses it and adds its own findings around it.

#include "runner/core/duration.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// How one gate ended (DESIGN §4 `gates[].status`).
enum class GateStatus { passed, failed, timeout, skipped, error, manual, interrupted };

/// Coverage figures a coverage-checking gate attaches to its result.
struct CoverageFigures {
    std::optional<double> line_percent;
    std::optional<double> branch_percent;
    std::optional<double> patch_percent;
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

/// pass or fail (DESIGN §4 `verdict`).
enum class Verdict { pass, fail };

/// Which slice of the gates a sharded run took (`--shard K/N`, 1-based).
struct Shard {
    int index = 1;
    int count = 1;
    friend bool operator==(const Shard&, const Shard&) = default;
};

/// The whole run. Gates are in run-plan order, which is stable.
struct RunResult {
    int version = 1;
    Verdict verdict = Verdict::pass;
    std::string packet;  ///< the packet the run was for, if any
    std::string base;    ///< commits, when the run judged a change
    std::string head;
    std::vector<GateResult> gates;
    Millis duration{0};  ///< wall clock
    int jobs = 1;
    std::optional<Shard> shard;
    bool interrupted = false;
    /// What the run is of, so shards of one run can be recognised
    /// (`merge-results`): HEAD's commit ("" outside a repository), a digest
    /// of the inventory files, and every selected gate's id before sharding.
    std::string commit;
    std::string inventory_digest;
    std::vector<std::string> selected;
};

/// "passed", "failed", "timeout", "skipped", "error", "manual", "interrupted".
std::string to_string(GateStatus status);
/// "pass" or "fail".
std::string to_string(Verdict verdict);
/// True for the statuses that fail a run: failed, timeout, error, interrupted.
bool is_failure(GateStatus status);
/// fail when any gate's status is_failure, else pass (manual and skipped
/// gates do not fail a run; a skip always has a failure or a manual gate as
/// its cause).
Verdict verdict_of(const std::vector<GateResult>& gates);
/// Gates with `status`.
std::size_t count_status(const RunResult& result, GateStatus status);

}  // namespace tollgate
