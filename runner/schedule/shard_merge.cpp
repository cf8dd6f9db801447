#include "runner/schedule/shard_merge.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace tollgate {

namespace {

constexpr const char* k_hint =
    "pass every shard's results.json of ONE run: same commit, same inventory, same selection, "
    "each --shard K/N exactly once";

std::string shown(const std::string& value) {
    return value.empty() ? "(none)" : "'" + printable(value) + "'";
}

// The same field must agree across shards: they are parts of one run.
void require_same(const std::vector<LoadedResults>& shards, const char* what,
                  const std::string& (*get)(const RunResult&)) {
    const auto& first = shards.front();
    for (const auto& s : shards) {
        if (get(s.run) != get(first.run)) {
            throw UsageError(std::string("shards of different runs: ") + what + " " + shown(get(first.run)) + " in " +
                                 printable(first.name) + " but " + shown(get(s.run)) + " in " + printable(s.name),
                             k_hint);
        }
    }
}

}  // namespace

RunResult merge_shards(const std::vector<LoadedResults>& shards) {
    if (shards.empty()) throw UsageError("merge-results needs at least one results.json", k_hint);
    for (const auto& s : shards) {
        if (!s.run.shard) {
            throw UsageError(
                printable(s.name) + " is not a shard's result (it has no 'shard': written without --shard)", k_hint);
        }
        if (s.run.selected.empty() && !s.run.gates.empty()) {
            throw UsageError(printable(s.name) + " has no 'selected' gate list (written by an older tollgate)",
                             "re-run the shards with this tollgate");
        }
    }
    require_same(shards, "commit", [](const RunResult& r) -> const std::string& { return r.commit; });
    require_same(shards, "inventory digest",
                 [](const RunResult& r) -> const std::string& { return r.inventory_digest; });
    require_same(shards, "packet", [](const RunResult& r) -> const std::string& { return r.packet; });
    require_same(shards, "base", [](const RunResult& r) -> const std::string& { return r.base; });
    require_same(shards, "head", [](const RunResult& r) -> const std::string& { return r.head; });

    const auto& first = shards.front();
    const int count = first.run.shard->count;
    std::map<int, const LoadedResults*> by_index;
    for (const auto& s : shards) {
        if (s.run.shard->count != count) {
            throw UsageError("shards of different splits: " + printable(first.name) + " is one of " +
                                 std::to_string(count) + " but " + printable(s.name) + " is one of " +
                                 std::to_string(s.run.shard->count),
                             k_hint);
        }
        if (s.run.selected != first.run.selected) {
            throw UsageError("shards of different selections: " + printable(first.name) + " and " + printable(s.name) +
                                 " did not select the same gates",
                             "run every shard with the same gate ids, -L/-LE, --packet and --checkpoint");
        }
        const auto [it, fresh] = by_index.emplace(s.run.shard->index, &s);
        if (!fresh) {
            throw UsageError("shard " + std::to_string(s.run.shard->index) + "/" + std::to_string(count) +
                                 " given twice: " + printable(it->second->name) + " and " + printable(s.name),
                             k_hint);
        }
    }
    // Every index is in 1…count and given once, so this many are missing.
    // The count comes from a file: name the first few, never loop to it.
    const long long absent = static_cast<long long>(count) - static_cast<long long>(by_index.size());
    if (absent > 0) {
        constexpr long long k_named = 10;
        std::vector<std::string> missing;
        for (int k = 1; k <= count && static_cast<long long>(missing.size()) < k_named; ++k) {
            if (!by_index.contains(k)) missing.push_back(std::to_string(k) + "/" + std::to_string(count));
        }
        const std::string more = absent > k_named ? ", … and " + std::to_string(absent - k_named) + " more" : "";
        throw UsageError("missing shard" + std::string(absent > 1 ? "s " : " ") + join(missing, ", ") + more +
                             " (got " + std::to_string(shards.size()) + " of " + std::to_string(count) + ")",
                         k_hint);
    }

    std::unordered_map<std::string, std::size_t> position;
    for (std::size_t i = 0; i < first.run.selected.size(); ++i) position.emplace(first.run.selected[i], i);
    std::vector<const GateResult*> slot(first.run.selected.size(), nullptr);
    std::vector<const LoadedResults*> owner(first.run.selected.size(), nullptr);
    RunResult merged;
    merged.packet = first.run.packet;
    merged.base = first.run.base;
    merged.head = first.run.head;
    merged.jobs = first.run.jobs;
    merged.commit = first.run.commit;
    merged.inventory_digest = first.run.inventory_digest;
    merged.selected = first.run.selected;
    for (const auto& [index, s] : by_index) {
        merged.duration = std::max(merged.duration, s->run.duration);
        merged.interrupted = merged.interrupted || s->run.interrupted;
        for (const auto& g : s->run.gates) {
            const auto it = position.find(g.id);
            if (it == position.end()) {
                throw UsageError(
                    printable(s->name) + " reports gate '" + printable(g.id) + "', which its own 'selected' list lacks",
                    k_hint);
            }
            if (slot[it->second] != nullptr) {
                throw UsageError("gate '" + printable(g.id) + "' is reported by two shards: " +
                                     printable(owner[it->second]->name) + " and " + printable(s->name),
                                 k_hint);
            }
            slot[it->second] = &g;
            owner[it->second] = s;
        }
    }
    for (std::size_t i = 0; i < slot.size(); ++i) {
        if (slot[i] == nullptr) {
            throw UsageError("no shard reports gate '" + printable(first.run.selected[i]) + "'",
                             "a shard's results.json is incomplete; re-run that shard");
        }
        GateResult g = *slot[i];
        g.number = static_cast<int>(i) + 1;
        merged.gates.push_back(std::move(g));
    }
    merged.verdict = verdict_of(merged.gates);
    return merged;
}

}  // namespace tollgate
