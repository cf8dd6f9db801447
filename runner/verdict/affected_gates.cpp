#include "runner/verdict/affected_gates.hpp"

#include "runner/core/text.hpp"
#include "runner/patterns/path_pattern.hpp"

#include <map>
#include <optional>

namespace tollgate {

namespace {

struct Picked {
    std::vector<std::string> why;
    bool only_advisory = true;
};

// The first changed path a gate's `changed` globs match, with the glob.
std::optional<std::string> changed_match(const Gate& gate, const std::vector<ChangedFile>& changed) {
    for (const auto& glob : gate.changed) {
        std::string error;
        const auto pattern = PathPattern::compile(glob.value, error);
        if (!pattern) continue;
        for (const auto& f : changed) {
            for (const auto* path : {&f.path, &f.old_path}) {
                if (!path->empty() && pattern->matches(*path)) {
                    return "changed: " + glob.value + " matches " + printable(*path);
                }
            }
        }
    }
    return std::nullopt;
}

}  // namespace

AffectedGates affected_gates(const Inventory& inventory, const std::string& packet,
                             const std::vector<CheckpointFinding>& checkpoints,
                             const std::vector<ChangedFile>& changed) {
    std::map<std::string, Picked> picked;
    const auto pick = [&](const std::string& gate, std::string why, bool advisory) {
        Picked& p = picked[gate];
        p.why.push_back(std::move(why));
        p.only_advisory = p.only_advisory && advisory;
    };
    if (const Packet* p = packet.empty() ? nullptr : inventory.find_packet(packet)) {
        for (const auto& g : p->gates) pick(g.value, "packet " + p->id, false);
    }
    for (const auto& f : checkpoints) {
        if (!f.evaluated) continue;
        const Checkpoint* c = inventory.find_checkpoint(f.id);
        if (c == nullptr) continue;
        for (const auto& g : c->gates) {
            pick(g.value, "checkpoint " + c->id + (c->blocker ? "" : " (blocker: false)"), !c->blocker);
        }
    }
    for (const auto& gate : inventory.gates) {
        if (gate.changed.empty()) continue;
        if (auto why = changed_match(gate, changed)) pick(gate.id, std::move(*why), false);
    }
    AffectedGates out;
    for (const auto& gate : inventory.gates) {
        const auto found = picked.find(gate.id);
        if (found == picked.end()) continue;
        out.ids.push_back(gate.id);
        out.reasons.push_back(GateReason{gate.id, found->second.why, found->second.only_advisory});
    }
    return out;
}

}  // namespace tollgate
