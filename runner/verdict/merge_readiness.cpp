#include "runner/verdict/merge_readiness.hpp"

#include "runner/conflicts/conflict_scan.hpp"
#include "runner/verdict/check_inputs.hpp"
#include "runner/verdict/check_pipeline.hpp"
#include "runner/zones/zone_map.hpp"

#include <chrono>

namespace tollgate {

namespace {

// The check's reads, with the inventory already loaded once for all branches.
class LoadedInventorySources final : public CheckSources {
public:
    explicit LoadedInventorySources(const Inventory& inventory) : m_inventory(inventory) {}
    [[nodiscard]] Inventory load_inventory(const std::filesystem::path& /*file*/) const override { return m_inventory; }

private:
    const Inventory& m_inventory;
};

// `check --dry-run --base BASE --head REF` as the command line builds it.
CheckRequest branch_request(const MergeQueueRequest& request, const std::string& ref) {
    CheckRequest out;
    out.mode = ChangeMode::range;
    out.base = request.base;
    out.head = ref;
    out.workspace = request.workspace;
    out.inventory = request.inventory;
    out.dry_run = true;
    // As `check` without --today: overdue checkpoints warn by today's UTC date.
    out.today = CivilDate(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    return out;
}

}  // namespace

MergeQueue read_merge_queue(const Repository& repository, const Inventory& inventory,
                            const MergeQueueRequest& request) {
    const ZoneMap zones(inventory);
    ConflictScanOptions options;
    options.base = request.base;
    const ConflictsResult conflicts = scan_conflicts(repository, inventory, zones, options);

    const LoadedInventorySources sources(inventory);
    std::vector<MergeVerdict> verdicts;
    verdicts.reserve(conflicts.branches.size());
    for (const auto& branch : conflicts.branches) {
        const CheckRequest check = branch_request(request, branch.ref);
        const CheckInputs inputs = load_check_inputs(check, sources);
        const CheckResult result = judge_without_gates(inputs, check);
        verdicts.push_back({result.verdict == Verdict::pass, result.failures, result.warnings});
    }
    return compute_merge_queue(inventory, conflicts, verdicts);
}

}  // namespace tollgate
