#pragma once

// The immutable outcome of running gates: computed once by the scheduler,
// then rendered by pure functions (console, results.json, junit.xml,
// summary.md). `check` reuses it and adds its own findings around it.

#include "gates/gate_result.hpp"
#include "runner/core/duration.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

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

/// "pass" or "fail".
std::string to_string(Verdict verdict);
/// fail when any gate's status is_failure, else pass (manual and skipped
/// gates do not fail a run; a skip always has a failure or a manual gate as
/// its cause).
Verdict verdict_of(const std::vector<GateResult>& gates);
/// Gates with `status`.
std::size_t count_status(const RunResult& result, GateStatus status);

}  // namespace tollgate
