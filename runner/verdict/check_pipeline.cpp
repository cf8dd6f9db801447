#include "runner/verdict/check_pipeline.hpp"

#include "runner/verdict/check_inputs.hpp"
#include "runner/verdict/check_steps.hpp"

namespace tollgate {

CheckResult run_check(const CheckInputs& inputs, const CheckRequest& request, ProcessRunner& runner,
                      RunObserver& observer) {
    CheckResult result = describe_change(inputs, request);
    judge_change_ownership(inputs, request, result);
    CheckpointStage stage = assess_checkpoints(inputs, request, result);
    run_affected_gates(inputs, request, runner, observer, result);
    settle_dependencies(inputs, stage, result);
    evaluate_check_triggers(inputs, request, result);
    conclude_check(result);
    return result;
}

CheckResult judge_without_gates(const CheckInputs& inputs, const CheckRequest& request) {
    CheckResult result = describe_change(inputs, request);
    result.dry_run = true;
    judge_change_ownership(inputs, request, result);
    CheckpointStage stage = assess_checkpoints(inputs, request, result);
    settle_dependencies(inputs, stage, result);
    conclude_check(result);
    return result;
}

}  // namespace tollgate
