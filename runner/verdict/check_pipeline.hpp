#pragma once

// `tollgate check` as one computation (DESIGN §4 `check`): inputs read once
// (check_inputs) → packet → ownership → checkpoints → affected gates →
// dependencies → triggers → one verdict. The steps are check_steps; this
// file strings them together.

#include "runner/schedule/scheduler.hpp"
#include "runner/verdict/check_result.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tollgate {

/// Where the inventory is read from.
enum class InventoryTrust {
    worktree,  ///< the file in the work tree (the change's own version)
    base,      ///< the base commit's version (--trusted-inventory base)
};

/// What the command line asked for.
struct CheckRequest {
    ChangeMode mode = ChangeMode::range;   ///< range, staged or worktree
    std::string base;                      ///< --base REF ("" = default)
    std::string head;                      ///< --head REF ("" = HEAD)
    std::string packet;                    ///< --packet ("" = from branch or trailer)
    std::vector<std::string> acks;         ///< --ack OWNER
    std::vector<std::string> checkpoints;  ///< --checkpoint C
    bool force = false;                    ///< evaluate the --checkpoint ones even when not ready
    std::optional<CivilDate> today;        ///< for overdue and packet.delay
    std::filesystem::path workspace;       ///< where the check runs: the repository is the one holding it
    std::filesystem::path inventory;       ///< the located inventory file (work tree)
    InventoryTrust trust = InventoryTrust::worktree;
    std::string baseline;  ///< --baseline FILE for no-drop ("" = none)
    bool dry_run = false;  ///< decide everything but run no gate
    RunOptions run;        ///< jobs, stop-on-failure, grace, stop signal
};

struct CheckInputs;
class CheckSources;

/// Runs the check over inputs already read (load_check_inputs). Gate
/// results flow through `observer` as they finish. Throws
/// UsageError/InventoryError/EnvironmentError like the other verbs; a
/// failing rule or gate is a result.
CheckResult run_check(const CheckInputs& inputs, const CheckRequest& request, ProcessRunner& runner,
                      RunObserver& observer);

/// The check's rules without its gates, for `ready --merge`: ownership,
/// checkpoints and dependencies judged by the same steps as run_check, and
/// concluded as `check --dry-run` concludes them. No gate is planned or run
/// and no trigger evaluated (they judge a run there is none of), so only
/// those three can fail it; the result reads as a dry run.
CheckResult judge_without_gates(const CheckInputs& inputs, const CheckRequest& request);

}  // namespace tollgate
