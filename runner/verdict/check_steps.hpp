#pragma once

// The steps of `tollgate check`, in the order run_check takes them. Each
// reads the shared CheckInputs and the request, and adds its findings to
// the one CheckResult; only the gate step runs processes, and only the
// completion step may ask git for more (the packet branches' merge state).

#include "runner/packets/packet_completion.hpp"
#include "runner/schedule/scheduler.hpp"
#include "runner/verdict/check_inputs.hpp"
#include "runner/verdict/check_pipeline.hpp"
#include "runner/verdict/check_result.hpp"

#include <memory>
#include <utility>
#include <vector>

namespace tollgate {

/// Step 1: the change's ends and mode, where the inventory came from, and
/// the packet making the change with how it was found (--packet, its
/// branch, or a `Packet:` trailer).
CheckResult describe_change(const CheckInputs& inputs, const CheckRequest& request);

/// Step 2: each changed path's ownership verdict for the packet (--ack counts).
void judge_change_ownership(const CheckInputs& inputs, const CheckRequest& request, CheckResult& result);

/// The checkpoints a check involves and the completion of the packets they
/// and the change's packet wait for; steps 3 to 5 share it.
struct CheckpointStage {
    std::vector<std::pair<const Checkpoint*, CheckpointRole>> in_play;
    std::unique_ptr<PacketMergeScanner> scanner;  ///< null when nothing needs git's merge state
    std::unique_ptr<PacketCompletionCache> completion;
};

/// Step 3: assesses the checkpoints in play before any gate runs. Reads the
/// packet branches' merge state only when the packet has `after` items or a
/// checkpoint is in play (and then sets result.base_branch).
CheckpointStage assess_checkpoints(const CheckInputs& inputs, const CheckRequest& request, CheckResult& result);

/// Step 4: picks the gates the change affects and, unless --dry-run, runs
/// them with the change's sign-offs and no-drop baselines; coverage gates
/// share the inputs' change, zone map and repository.
void run_affected_gates(const CheckInputs& inputs, const CheckRequest& request, ProcessRunner& runner,
                        RunObserver& observer, CheckResult& result);

/// Step 5: settles the evaluated checkpoints from the run and judges the
/// packet's dependencies.
void settle_dependencies(const CheckInputs& inputs, CheckpointStage& stage, CheckResult& result);

/// Step 6: evaluates the inventory's triggers over the run and packet.delay.
void evaluate_check_triggers(const CheckInputs& inputs, const CheckRequest& request, CheckResult& result);

}  // namespace tollgate
