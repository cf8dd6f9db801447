#include "runner/verdict/check_pipeline.hpp"

#include "gates/coverage_gate.hpp"
#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/coverage/baseline.hpp"
#include "runner/git/change_reader.hpp"
#include "runner/git/notes.hpp"
#include "runner/git/packet_merge_state.hpp"
#include "runner/git/repository.hpp"
#include "runner/inventory/loader.hpp"
#include "runner/verdict/affected_gates.hpp"
#include "runner/packets/checkpoints.hpp"
#include "runner/packets/dependencies.hpp"
#include "runner/packets/packet_completion.hpp"
#include "runner/packets/packet_delay.hpp"
#include "runner/verdict/recorded_baseline.hpp"
#include "runner/verdict/recorded_signoffs.hpp"
#include "runner/verdict/triggers.hpp"
#include "runner/verdict/trusted_inventory.hpp"
#include "runner/zones/ownership.hpp"
#include "runner/packets/packet_of_change.hpp"
#include "runner/zones/zone_map.hpp"

#include <algorithm>
#include <map>
#include <memory>

namespace tollgate {

namespace {

namespace fs = std::filesystem;

bool ieq(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

ChangeSet read_check_change(const Repository& repository, const Inventory& inventory, const ZoneMap& zones,
                            const CheckRequest& request) {
    ChangeRequest cr;
    cr.mode = request.mode;
    cr.range = range_request_from_environment(request.base, request.head, inventory.base);
    const bool patch = std::any_of(inventory.gates.begin(), inventory.gates.end(),
                                   [](const Gate& g) { return g.coverage && g.coverage->patch_min; });
    // Lines cost blob reads: only `extend` zones and patch coverage need them.
    if (!patch) {
        cr.lines_for = [&zones](const ChangedFile& f) { return verdict_needs_lines(zones, f); };
    }
    return read_change(repository, cr);
}

std::string packet_source(const Inventory& inventory, const ChangeSet& change, const std::string& explicit_packet,
                          const std::string& packet) {
    if (packet.empty()) return "";
    if (!explicit_packet.empty()) return "--packet";
    if (const Packet* p = packet_for_branch(inventory, change.branch); p != nullptr && p->id == packet) {
        return "branch " + change.branch;
    }
    return "a 'Packet:' trailer";
}

// The inventory the check trusts, and the change read against it.
struct Loaded {
    Inventory inventory;
    ChangeSet change;
    std::string from;
};

Loaded load(const Repository& repository, const CheckRequest& request) {
    Loaded out;
    if (request.trust != InventoryTrust::base) {
        out.inventory = load_inventory_or_throw(request.inventory);
        const ZoneMap zones(out.inventory);
        out.change = read_check_change(repository, out.inventory, zones, request);
        out.from = "working tree";
        return out;
    }
    // The work tree's inventory only hints at the base branch; the change may
    // have broken or deleted it, which its zone judges, not this load.
    std::vector<std::string> notes;
    Inventory probe;
    try {
        probe.base = load_inventory_or_throw(request.inventory).base;
    } catch (const Error&) {
        notes.push_back("the work tree's inventory does not load; with --trusted-inventory base only the base "
                        "commit's version counts");
    }
    const auto base_commit_for = [&](const std::string& base_branch) {
        probe.base = base_branch;
        const ZoneMap none(probe);
        const ChangeSet c = read_check_change(repository, probe, none, request);
        if (c.base_commit.empty()) {
            throw UsageError("--trusted-inventory base needs a base commit to read the inventory from",
                             "use it with a range (--base/--head), not on an unborn branch");
        }
        return c.base_commit;
    };
    std::string base_commit = base_commit_for(probe.base);
    out.inventory = load_trusted_inventory(repository, base_commit, request.inventory);
    if (request.base.empty() && out.inventory.base != probe.base) {
        // The trusted file names another base branch: measure against that one.
        notes.push_back("the base commit's inventory names base branch '" +
                        (out.inventory.base.empty() ? std::string("(default)") : out.inventory.base) +
                        "'; the change is measured against it");
        base_commit = base_commit_for(out.inventory.base);
        out.inventory = load_trusted_inventory(repository, base_commit, request.inventory);
    }
    const ZoneMap zones(out.inventory);
    out.change = read_check_change(repository, out.inventory, zones, request);
    out.change.notes.insert(out.change.notes.begin(), notes.begin(), notes.end());
    out.from = "base commit " + base_commit.substr(0, 12) + " (--trusted-inventory base)";
    return out;
}

// no-drop's figures from the base commit's note, for the planned gates that
// ask for it (read once, before the gates run in parallel). Empty when none does.
std::map<std::string, CoverageBaseline> recorded_baselines(const Repository& repository, const GatePlan& plan,
                                                           const ChangeSet& change) {
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
        if (!base) base = parse_note(change.base_commit, read_note_text(repository, change.base_commit));
        out.emplace(gate.id, recorded_baseline(*base, gate.id, change.base_ref));
    }
    return out;
}

bool uses_metric(const Inventory& inventory, const std::string& metric) {
    return std::any_of(inventory.triggers.begin(), inventory.triggers.end(),
                       [&](const Trigger& t) { return t.expr && t.expr->metric == metric; });
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

CheckResult run_check(const CheckRequest& request, ProcessRunner& runner, RunObserver& observer) {
    if (!request.baseline.empty() && !fs::exists(request.baseline)) {
        throw EnvironmentError("--baseline " + printable(request.baseline) + " does not exist",
                               "give a results.json of an earlier run, or `tollgate coverage --format json` output");
    }
    const auto repository = Repository::discover(fs::current_path());
    Loaded loaded = load(repository, request);
    const Inventory& inventory = loaded.inventory;
    ChangeSet& change = loaded.change;

    CheckResult result;
    result.mode = change.mode;
    result.branch = change.branch;
    result.base_ref = change.base_ref;
    result.base_commit = change.base_commit;
    result.head_ref = change.head_ref;
    result.head_commit = change.head_commit;
    result.inventory_from = loaded.from;
    result.notes = change.notes;
    result.today = request.today;
    result.dry_run = request.dry_run;
    result.packet = resolve_packet(inventory, change, request.packet);
    result.packet_source = packet_source(inventory, change, request.packet, result.packet);

    // Ownership.
    {
        const ZoneMap zones(inventory);
        result.changed = judge_ownership(inventory, zones, change, {result.packet, request.acks});
    }

    // Completion of packets: `status:` first, git only when asked.
    const auto in_play = checkpoints_in_play(inventory, result.packet, request.checkpoints);
    const Packet* packet = result.packet.empty() ? nullptr : inventory.find_packet(result.packet);
    std::unique_ptr<PacketMergeScanner> scanner;
    if ((packet != nullptr && !packet->after.empty()) || !in_play.empty()) {
        const BaseBranch base = resolve_base_branch(repository, request.base, inventory.base);
        result.base_branch = base.ref;
        scanner = std::make_unique<PacketMergeScanner>(repository, base.commit, base.ref);
    }
    PacketCompletionCache completion(inventory, scanner.get());

    CheckpointContext context{inventory, completion.lookup(), result.packet, request.today, {}};
    if (request.force) context.forced.insert(request.checkpoints.begin(), request.checkpoints.end());
    for (const auto& [checkpoint, role] : in_play) result.checkpoints.push_back(assess_checkpoint(context, *checkpoint, role));

    // Gates.
    const AffectedGates affected = affected_gates(inventory, result.packet, result.checkpoints, change.files);
    result.gate_reasons = affected.reasons;
    if (!affected.ids.empty()) {
        Selection selection;
        selection.ids = affected.ids;
        const GatePlan plan = plan_gates(inventory, selection);
        for (const auto& g : plan.gates) result.planned_gates.push_back(g.gate->id);
        if (!request.dry_run) {
            RunOptions options = request.run;
            options.packet = result.packet;
            options.base = change.base_commit;
            options.head = change.head_commit;
            std::vector<std::string> paths;
            for (const auto& f : change.files) paths.push_back(f.path);
            options.changed_files = std::move(paths);
            options.signed_off = signed_off_gates(change);
            const bool manual = std::any_of(plan.gates.begin(), plan.gates.end(),
                                            [](const PlannedGate& g) { return g.gate->manual; });
            if (manual && !change.commits.empty()) {
                // Sign-offs recorded as notes on the change's commits count like trailers.
                std::vector<std::string> ids;
                for (const auto& c : change.commits) ids.push_back(c.id);
                const auto recorded = signed_off_in_records(read_records_along(repository, ids));
                options.signed_off.insert(recorded.begin(), recorded.end());
            }
            CoverageGateInputs inputs;
            inputs.change = change;
            std::map<std::string, CoverageBaseline> recorded;
            if (!request.baseline.empty()) {
                inputs.baseline = [file = request.baseline](const Gate& gate) -> std::optional<CoverageBaseline> {
                    return load_baseline(file, gate.id);
                };
            } else {
                // DESIGN §5.10: no-drop compares with what `--record` stored on the base commit.
                recorded = recorded_baselines(repository, plan, change);
                if (!recorded.empty()) {
                    inputs.baseline = [recorded](const Gate& gate) -> std::optional<CoverageBaseline> {
                        const auto it = recorded.find(gate.id);
                        if (it == recorded.end()) return std::nullopt;
                        return it->second;
                    };
                }
            }
            options.factory = coverage_gate_factory(std::move(inputs));
            result.run = run_gates(inventory, plan, options, runner, observer);
            for (const auto& g : result.run->gates) {
                const auto it = recorded.find(g.id);
                if (it == recorded.end() || it->second.missing.empty() || g.status != GateStatus::passed) continue;
                // Passing for want of a figure must show in the verdict, not only in the gate's log.
                result.run_warnings.push_back("gate " + g.id + " passed no-drop without a baseline: " + it->second.missing);
            }
        }
    } else if (!request.dry_run) {
        result.run = RunResult{};
        result.run->jobs = request.run.jobs;
        result.run->packet = result.packet;
        result.run->base = change.base_commit;
        result.run->head = change.head_commit;
    }
    for (std::size_t i = 0; i < in_play.size(); ++i) {
        settle_checkpoint(result.checkpoints[i], *in_play[i].first, result.run ? &*result.run : nullptr);
    }
    if (packet != nullptr) {
        result.dependencies = judge_dependencies(inventory, *packet, context.completion, result.checkpoints);
    }

    // Triggers.
    TriggerMetrics metrics;
    metrics.run = result.run ? &*result.run : nullptr;
    if (uses_metric(inventory, "packet.delay")) {
        const PacketDelay delay = packet_delay(inventory, result.packet, request.today);
        metrics.packet_delay = delay.delay_ms;
        metrics.packet_delay_missing = delay.missing;
    }
    result.triggers = evaluate_triggers(inventory, metrics);
    conclude_check(result);
    return result;
}

}  // namespace tollgate
