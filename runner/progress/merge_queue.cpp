#include "runner/progress/merge_queue.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

namespace tollgate {

namespace {

// Every packet `id` waits for, hard or soft, directly, through a checkpoint
// or through another packet: a branch merges after all of theirs.
std::set<std::string> packets_before(const Inventory& inventory, const std::string& id) {
    std::set<std::string> out;
    std::set<std::string> seen_checkpoints;
    std::vector<std::string> todo{id};
    auto visit = [&](const std::vector<Located>& items, std::vector<std::string>& next) {
        for (const auto& item : items) {
            if (inventory.find_packet(item.value) != nullptr) {
                if (out.insert(item.value).second) next.push_back(item.value);
            } else if (const Checkpoint* c = inventory.find_checkpoint(item.value)) {
                if (!seen_checkpoints.insert(c->id).second) continue;
                for (const auto& a : c->after) {
                    if (inventory.find_packet(a.value) != nullptr && out.insert(a.value).second) {
                        next.push_back(a.value);
                    }
                }
            }
        }
    };
    while (!todo.empty()) {
        const std::string current = todo.back();
        todo.pop_back();
        const Packet* packet = inventory.find_packet(current);
        if (packet == nullptr) continue;
        std::vector<std::string> next;
        visit(packet->after, next);
        visit(packet->prefer_after, next);
        todo.insert(todo.end(), next.begin(), next.end());
    }
    out.erase(id);
    return out;
}

std::vector<std::string> conflicted_files(const ConflictPair& pair) {
    std::vector<std::string> out;
    out.reserve(pair.conflicts.size());
    for (const auto& c : pair.conflicts) out.push_back(c.path);
    return out;
}

// Kahn's order over the mergeable branches: of those whose predecessors are
// placed, the one with fewest conflicts among mergeable branches, then by
// name. A loop (possible only through soft `prefer_after`) is broken at the
// best remaining branch, so every mergeable branch gets a place.
std::vector<std::size_t> merge_order(const std::vector<MergeBranch>& branches,
                                     const std::vector<std::set<std::size_t>>& before,
                                     const std::vector<std::size_t>& conflict_count) {
    std::vector<std::size_t> left;
    for (std::size_t i = 0; i < branches.size(); ++i) {
        if (branches[i].verdict.may_merge) left.push_back(i);
    }
    auto better = [&](std::size_t a, std::size_t b) {
        if (conflict_count[a] != conflict_count[b]) return conflict_count[a] < conflict_count[b];
        return branches[a].name < branches[b].name;
    };
    std::vector<std::size_t> out;
    std::set<std::size_t> placed;
    while (!left.empty()) {
        std::optional<std::size_t> pick;
        for (const std::size_t i : left) {
            const bool free = std::all_of(before[i].begin(), before[i].end(), [&](std::size_t j) {
                return placed.count(j) > 0 || !branches[j].verdict.may_merge;
            });
            if (free && (!pick || better(i, *pick))) pick = i;
        }
        if (!pick) pick = *std::min_element(left.begin(), left.end(), better);
        out.push_back(*pick);
        placed.insert(*pick);
        left.erase(std::find(left.begin(), left.end(), *pick));
    }
    return out;
}

}  // namespace

std::size_t MergeQueue::mergeable() const {
    return static_cast<std::size_t>(
        std::count_if(branches.begin(), branches.end(), [](const MergeBranch& b) { return b.verdict.may_merge; }));
}

MergeQueue compute_merge_queue(const Inventory& inventory, const ConflictsResult& conflicts,
                               const std::vector<MergeVerdict>& verdicts) {
    MergeQueue out;
    out.project = inventory.project;
    out.base_ref = conflicts.base_ref;
    out.base_commit = conflicts.base_commit;
    out.skipped = conflicts.skipped;
    out.notes = conflicts.notes;

    std::vector<MergeBranch> branches;
    for (std::size_t i = 0; i < conflicts.branches.size(); ++i) {
        const ConflictBranch& c = conflicts.branches[i];
        MergeBranch b;
        b.name = c.name;
        b.ref = c.ref;
        b.packet = c.packet;
        b.commit = c.commit;
        b.merge_base = c.merge_base;
        if (i < verdicts.size()) b.verdict = verdicts[i];
        branches.push_back(std::move(b));
    }

    std::vector<std::size_t> conflict_count(branches.size(), 0);
    for (const auto& pair : conflicts.pairs) {
        if (pair.conflicts.empty() || pair.first >= branches.size() || pair.second >= branches.size()) continue;
        MergeBranch& a = branches[pair.first];
        MergeBranch& b = branches[pair.second];
        const auto files = conflicted_files(pair);
        a.conflicts.push_back({b.name, b.verdict.may_merge, pair.blocking(), files});
        b.conflicts.push_back({a.name, a.verdict.may_merge, pair.blocking(), files});
        if (a.verdict.may_merge && b.verdict.may_merge) {
            ++conflict_count[pair.first];
            ++conflict_count[pair.second];
        }
    }

    std::vector<std::set<std::size_t>> before(branches.size());
    for (std::size_t i = 0; i < branches.size(); ++i) {
        std::sort(branches[i].conflicts.begin(), branches[i].conflicts.end(),
                  [](const MergeConflict& x, const MergeConflict& y) { return x.branch < y.branch; });
        if (branches[i].packet.empty()) continue;
        const auto packets = packets_before(inventory, branches[i].packet);
        for (std::size_t j = 0; j < branches.size(); ++j) {
            if (j == i || branches[j].packet.empty() || packets.count(branches[j].packet) == 0) continue;
            before[i].insert(j);
            branches[i].after_branches.push_back(branches[j].name);
        }
    }

    const auto order = merge_order(branches, before, conflict_count);
    std::vector<bool> taken(branches.size(), false);
    for (const std::size_t i : order) {
        branches[i].position = static_cast<int>(out.branches.size()) + 1;
        out.branches.push_back(std::move(branches[i]));
        taken[i] = true;
    }
    // The held ones keep the scan's order, which is by name.
    for (std::size_t i = 0; i < branches.size(); ++i) {
        if (!taken[i]) out.branches.push_back(std::move(branches[i]));
    }
    return out;
}

}  // namespace tollgate
