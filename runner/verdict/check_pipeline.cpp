#include "runner/verdict/check_pipeline.hpp"

#include "runner/verdict/check_inputs.hpp"
#include "runner/verdict/check_steps.hpp"

namespace tollgate {

namespace {

bool ieq(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

}  // namespace

std::set<std::string> signed_off_gates(const ChangeSet& change) {
    std::set<std::string> out;
    for (const auto& commit : change.commits) {
        for (const auto& [key, value] : commit.trailers) {
            if (!ieq(key, "verified")) continue;
            std::string item;
            for (const char c : value + ",") {
                if (c == ',' || c == ' ' || c == '\t') {
                    if (!item.empty()) out.insert(item);
                    item.clear();
                } else {
                    item += c;
                }
            }
        }
    }
    return out;
}

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

}  // namespace tollgate
