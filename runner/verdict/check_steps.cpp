#include "runner/verdict/check_steps.hpp"

#include "gates/coverage_gate.hpp"
#include "runner/coverage/baseline.hpp"
#include "runner/git/base_resolver.hpp"
#include "runner/git/notes.hpp"
#include "runner/git/trailers.hpp"
#include "runner/packets/checkpoints.hpp"
#include "runner/packets/dependencies.hpp"
#include "runner/packets/packet_delay.hpp"
#include "runner/packets/packet_of_change.hpp"
#include "runner/verdict/affected_gates.hpp"
#include "runner/verdict/recorded_baseline.hpp"
#include "runner/verdict/recorded_signoffs.hpp"
#include "runner/verdict/triggers.hpp"
#include "runner/zones/ownership.hpp"

#include <algorithm>
#include <map>

namespace tollgate {

namespace {

// The gates' sign-offs: `Verified:` trailers, and when a manual gate is
// planned, the sign-offs recorded as notes on the change's commits.
std::set<std::string> sign_offs(const CheckInputs& inputs, const GatePlan& plan) {
    std::set<std::string> out = verified_gates(inputs.change);
    const bool manual =
        std::any_of(plan.gates.begin(), plan.gates.end(), [](const PlannedGate& g) { return g.gate->manual; });
    if (manual && !inputs.change.commits.empty()) {
        std::vector<std::string> ids;
        for (const auto& c : inputs.change.commits) ids.push_back(c.id);
        const auto recorded = signed_off_in_records(read_records_along(inputs.repository, ids));
        out.insert(recorded.begin(), recorded.end());
    }
    return out;
}

// no-drop's figures from the base commit's note, for the planned gates that
// ask for it (read once, before the gates run in parallel). Empty when none does.
std::map<std::string, CoverageBaseline> recorded_baselines(const CheckInputs& inputs, const GatePlan& plan) {
    const ChangeSet& change = inputs.change;
    std::map<std::string, CoverageBaseline> out;
    std::optional<CommitRecords> base;
    for (const auto& planned : plan.gates) {
        const Gate& gate = *planned.gate;
        if (!gate.coverage || !gate.coverage->no_drop) continue;
        if (change.base_commit.empty()) {
            CoverageBaseline none;
            none.missing = "no base commit to read a recorded coverage from";
            out.emplace(gate.id, std::move(none));
            continue;
        }
        if (!base) base = parse_note(change.base_commit, read_note_text(inputs.repository, change.base_commit));
        out.emplace(gate.id, recorded_baseline(*base, gate.id, change.base_ref));
    }
    return out;
}

bool uses_metric(const Inventory& inventory, const std::string& metric) {
    return std::any_of(inventory.triggers.begin(), inventory.triggers.end(),
                       [&](const Trigger& t) { return t.expr && t.expr->metric == metric; });
}

RunResult empty_run(const CheckRequest& request, const CheckResult& result) {
    RunResult run;
    run.jobs = request.run.jobs;
    run.packet = result.packet;
    run.base = result.base_commit;
    run.head = result.head_commit;
    return run;
}

}  // namespace

CheckResult describe_change(const CheckInputs& inputs, const CheckRequest& request) {
    const ChangeSet& change = inputs.change;
    CheckResult result;
    result.mode = change.mode;
    result.branch = change.branch;
    result.base_ref = change.base_ref;
    result.base_commit = change.base_commit;
    result.head_ref = change.head_ref;
    result.head_commit = change.head_commit;
    result.inventory_from = inputs.inventory_from;
    result.notes = change.notes;
    result.today = request.today;
    result.dry_run = request.dry_run;
    PacketOfChange packet = packet_of_change(*inputs.inventory, change, request.packet);
    result.packet = std::move(packet.id);
    result.packet_source = std::move(packet.source);
    return result;
}

void judge_change_ownership(const CheckInputs& inputs, const CheckRequest& request, CheckResult& result) {
    result.changed = judge_ownership(*inputs.inventory, *inputs.zones, inputs.change, {result.packet, request.acks});
}

CheckpointStage assess_checkpoints(const CheckInputs& inputs, const CheckRequest& request, CheckResult& result) {
    const Inventory& inventory = *inputs.inventory;
    CheckpointStage stage;
    stage.in_play = checkpoints_in_play(inventory, result.packet, request.checkpoints);
    const Packet* packet = result.packet.empty() ? nullptr : inventory.find_packet(result.packet);
    // Completion: `status:` first, git only when asked.
    if ((packet != nullptr && !packet->after.empty()) || !stage.in_play.empty()) {
        const BaseBranch base = resolve_base_branch(inputs.repository, request.base, inventory.base);
        result.base_branch = base.ref;
        stage.scanner = std::make_unique<PacketMergeScanner>(inputs.repository, base.commit, base.ref);
    }
    stage.completion = std::make_unique<PacketCompletionCache>(inventory, stage.scanner.get());
    CheckpointContext context{inventory, stage.completion->lookup(), result.packet, request.today, {}};
    if (request.force) context.forced.insert(request.checkpoints.begin(), request.checkpoints.end());
    for (const auto& [checkpoint, role] : stage.in_play) {
        result.checkpoints.push_back(assess_checkpoint(context, *checkpoint, role));
    }
    return stage;
}

void run_affected_gates(const CheckInputs& inputs, const CheckRequest& request, ProcessRunner& runner,
                        RunObserver& observer, CheckResult& result) {
    const Inventory& inventory = *inputs.inventory;
    const ChangeSet& change = inputs.change;
    const AffectedGates affected = affected_gates(inventory, result.packet, result.checkpoints, change.files);
    result.gate_reasons = affected.reasons;
    if (affected.ids.empty()) {
        if (!request.dry_run) result.run = empty_run(request, result);
        return;
    }
    Selection selection;
    selection.ids = affected.ids;
    const GatePlan plan = plan_gates(inventory, selection);
    for (const auto& g : plan.gates) result.planned_gates.push_back(g.gate->id);
    if (request.dry_run) return;

    RunOptions options = request.run;
    options.packet = result.packet;
    options.base = change.base_commit;
    options.head = change.head_commit;
    std::vector<std::string> paths;
    paths.reserve(change.files.size());
    for (const auto& f : change.files) paths.push_back(f.path);
    options.changed_files = std::move(paths);
    options.signed_off = sign_offs(inputs, plan);
    CoverageGateInputs coverage;
    coverage.change = &change;
    coverage.zones = inputs.zones.get();
    coverage.repository = &inputs.repository;
    std::map<std::string, CoverageBaseline> recorded;
    if (!request.baseline.empty()) {
        coverage.baseline = [file = request.baseline](const Gate& gate) -> std::optional<CoverageBaseline> {
            return load_baseline(file, gate.id);
        };
    } else {
        // DESIGN §5.10: no-drop compares with what `--record` stored on the base commit.
        recorded = recorded_baselines(inputs, plan);
        if (!recorded.empty()) {
            coverage.baseline = [&recorded](const Gate& gate) -> std::optional<CoverageBaseline> {
                const auto it = recorded.find(gate.id);
                if (it == recorded.end()) return std::nullopt;
                return it->second;
            };
        }
    }
    options.factory = coverage_gate_factory(std::move(coverage));
    result.run = run_gates(inventory, plan, options, runner, observer);
    for (const auto& g : result.run->gates) {
        const auto it = recorded.find(g.id);
        if (it == recorded.end() || it->second.missing.empty() || g.status != GateStatus::passed) continue;
        // Passing for want of a figure must show in the verdict, not only in the gate's log.
        result.run_warnings.push_back("gate " + g.id + " passed no-drop without a baseline: " + it->second.missing);
    }
}

void settle_dependencies(const CheckInputs& inputs, CheckpointStage& stage, CheckResult& result) {
    const RunResult* run = result.run ? &*result.run : nullptr;
    for (std::size_t i = 0; i < stage.in_play.size(); ++i) {
        settle_checkpoint(result.checkpoints[i], *stage.in_play[i].first, run);
    }
    const Packet* packet = result.packet.empty() ? nullptr : inputs.inventory->find_packet(result.packet);
    if (packet != nullptr) {
        result.dependencies =
            judge_dependencies(*inputs.inventory, *packet, stage.completion->lookup(), result.checkpoints);
    }
}

void evaluate_check_triggers(const CheckInputs& inputs, const CheckRequest& request, CheckResult& result) {
    TriggerMetrics metrics;
    metrics.run = result.run ? &*result.run : nullptr;
    if (uses_metric(*inputs.inventory, "packet.delay")) {
        const PacketDelay delay = packet_delay(*inputs.inventory, result.packet, request.today);
        metrics.packet_delay = delay.delay_ms;
        metrics.packet_delay_missing = delay.missing;
    }
    result.triggers = evaluate_triggers(*inputs.inventory, metrics);
}

}  // namespace tollgate
