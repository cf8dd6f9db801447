#include "runner/schedule/gate_plan.hpp"

#include "runner/core/diagnostic.hpp"
#include "runner/core/error.hpp"
#include "runner/schedule/shard.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace tollgate {

namespace {

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const auto& x : items) out.push_back(x.id);
    return out;
}

[[noreturn]] void unknown(const std::string& what, const std::string& id, const std::vector<std::string>& known) {
    const std::string near = closest_match(id, known);
    std::string hint = near.empty() ? "" : "did you mean '" + near + "'? ";
    hint += "'tollgate run --dry-run' lists the gates";
    throw UsageError("unknown " + what + " '" + id + "'", hint);
}

bool has_label(const Gate& gate, const std::string& label) {
    return std::find(gate.labels.begin(), gate.labels.end(), label) != gate.labels.end();
}

bool passes_labels(const Gate& gate, const Selection& selection) {
    for (const auto& l : selection.labels) {
        if (!has_label(gate, l)) return false;
    }
    for (const auto& l : selection.exclude_labels) {
        if (has_label(gate, l)) return false;
    }
    return true;
}

// Builds the plan from chosen inventory indices (in inventory order).
GatePlan build(const Inventory& inventory, const std::vector<bool>& chosen, const std::vector<bool>& requested,
               const std::unordered_map<std::string, std::size_t>& index) {
    GatePlan plan;
    std::vector<std::size_t> plan_index(inventory.gates.size(), 0);
    for (std::size_t i = 0; i < inventory.gates.size(); ++i) {
        if (!chosen[i]) continue;
        plan_index[i] = plan.gates.size();
        plan.gates.push_back({&inventory.gates[i], {}, {}, requested[i]});
    }
    for (auto& planned : plan.gates) {
        for (const auto& need : planned.gate->needs) {
            const auto it = index.find(need.value);
            if (it == index.end()) planned.unknown_needs.push_back(need.value);
            else if (chosen[it->second]) planned.needs.push_back(plan_index[it->second]);
            // else: left out by Selection::no_needs, met elsewhere
        }
    }
    return plan;
}

GatePlan keep_shard(const GatePlan& full, const Shard& shard, const std::map<std::string, Millis>& durations) {
    std::vector<std::string> ids;
    std::vector<std::vector<std::size_t>> needs;
    for (const auto& g : full.gates) {
        ids.push_back(g.gate->id);
        needs.push_back(g.needs);
    }
    const auto shard_of = assign_shards(ids, needs, shard.count, durations);
    GatePlan plan;
    plan.shard = shard;
    plan.unsharded = full.unsharded;
    std::vector<std::size_t> remap(full.gates.size(), 0);
    for (std::size_t i = 0; i < full.gates.size(); ++i) {
        if (shard_of[i] != shard.index - 1) {
            ++plan.other_shards;
            continue;
        }
        remap[i] = plan.gates.size();
        plan.gates.push_back(full.gates[i]);
    }
    // Needs never cross shards (components stay together), so remapping is total.
    for (auto& g : plan.gates) {
        for (auto& n : g.needs) n = remap[n];
    }
    return plan;
}

}  // namespace

GatePlan plan_gates(const Inventory& inventory, const Selection& selection) {
    const std::size_t n = inventory.gates.size();
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i) index.emplace(inventory.gates[i].id, i);

    // A label no gate carries is a typo, not an empty selection that passes.
    std::set<std::string> labels;
    for (const auto& g : inventory.gates) labels.insert(g.labels.begin(), g.labels.end());
    for (const auto* list : {&selection.labels, &selection.exclude_labels}) {
        for (const auto& l : *list) {
            if (!labels.contains(l)) unknown("label", l, std::vector<std::string>(labels.begin(), labels.end()));
        }
    }

    std::vector<bool> chosen(n, false);
    const auto choose = [&](const std::string& id) {
        if (const auto it = index.find(id); it != index.end()) chosen[it->second] = true;
    };
    for (const auto& id : selection.ids) {
        if (!index.contains(id)) unknown("gate", id, ids_of(inventory.gates));
        choose(id);
    }
    for (const auto& id : selection.packets) {
        const Packet* packet = inventory.find_packet(id);
        if (packet == nullptr) unknown("packet", id, ids_of(inventory.packets));
        for (const auto& g : packet->gates) choose(g.value);
    }
    for (const auto& id : selection.checkpoints) {
        const Checkpoint* checkpoint = inventory.find_checkpoint(id);
        if (checkpoint == nullptr) unknown("checkpoint", id, ids_of(inventory.checkpoints));
        for (const auto& g : checkpoint->gates) choose(g.value);
    }
    if (selection.ids.empty() && selection.packets.empty() && selection.checkpoints.empty()) {
        std::fill(chosen.begin(), chosen.end(), true);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (chosen[i] && !passes_labels(inventory.gates[i], selection)) chosen[i] = false;
    }

    // Needs come along whatever the filters say: a gate cannot run without them.
    const std::vector<bool> requested = chosen;
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < n; ++i) {
        if (chosen[i]) stack.push_back(i);
    }
    if (selection.no_needs) stack.clear();
    while (!stack.empty()) {
        const std::size_t i = stack.back();
        stack.pop_back();
        for (const auto& need : inventory.gates[i].needs) {
            const auto it = index.find(need.value);
            if (it != index.end() && !chosen[it->second]) {
                chosen[it->second] = true;
                stack.push_back(it->second);
            }
        }
    }

    GatePlan plan = build(inventory, chosen, requested, index);
    for (const auto& g : plan.gates) plan.unsharded.push_back(g.gate->id);
    if (selection.shard) plan = keep_shard(plan, *selection.shard, selection.durations);
    return plan;
}

std::vector<std::vector<std::size_t>> plan_waves(const GatePlan& plan) {
    const std::size_t n = plan.gates.size();
    std::vector<std::size_t> waiting(n, 0);
    std::vector<std::vector<std::size_t>> dependants(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto need : plan.gates[i].needs) {
            ++waiting[i];
            dependants[need].push_back(i);
        }
    }
    std::vector<std::vector<std::size_t>> waves;
    std::vector<std::size_t> current;
    std::vector<bool> placed(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (waiting[i] == 0) current.push_back(i);
    }
    std::size_t placed_count = 0;
    while (!current.empty()) {
        std::vector<std::size_t> next;
        for (const auto i : current) {
            placed[i] = true;
            ++placed_count;
            for (const auto d : dependants[i]) {
                if (--waiting[d] == 0) next.push_back(d);
            }
        }
        std::sort(next.begin(), next.end());
        waves.push_back(std::move(current));
        current = std::move(next);
    }
    if (placed_count < n) {
        std::vector<std::size_t> cyclic;
        for (std::size_t i = 0; i < n; ++i) {
            if (!placed[i]) cyclic.push_back(i);
        }
        waves.push_back(std::move(cyclic));
    }
    return waves;
}

}  // namespace tollgate
