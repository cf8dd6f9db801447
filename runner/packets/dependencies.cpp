#include "runner/packets/dependencies.hpp"

#include <algorithm>

namespace tollgate {

namespace {

std::string at(const Located& item) {
    return item.where.known() ? " (" + item.where.str() + ")" : "";
}

}  // namespace

std::vector<DependencyFinding> judge_dependencies(const Inventory& inventory, const Packet& packet,
                                                  const CompletionLookup& completion,
                                                  const std::vector<CheckpointFinding>& checkpoints) {
    std::vector<DependencyFinding> out;
    for (const auto& item : packet.after) {
        DependencyFinding d;
        d.id = item.value;
        if (const Checkpoint* c = inventory.find_checkpoint(item.value)) {
            d.is_checkpoint = true;
            d.blocking = c->blocker;
            const auto f = std::find_if(checkpoints.begin(), checkpoints.end(),
                                        [&](const CheckpointFinding& x) { return x.id == c->id; });
            if (f == checkpoints.end()) {
                d.reason =
                    packet.id + " may not merge before checkpoint " + c->id + " has passed: it was not evaluated";
            } else if (f->status == CheckpointStatus::passed) {
                d.satisfied = true;
                d.reason = "checkpoint " + c->id + " passed: " + f->reason;
            } else {
                d.reason = packet.id + " may not merge before checkpoint " + c->id + at(item) + " has passed: it is " +
                           to_string(f->status) + " — " + f->reason;
                if (!c->blocker) d.reason += " (blocker: false, so this only warns)";
            }
        } else {
            const PacketCompletion done = completion(item.value);
            d.satisfied = done.done;
            d.reason = done.done
                           ? item.value + " is done: " + done.reason
                           : packet.id + " may not merge before " + item.value + at(item) + " is done: " + done.reason;
        }
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace tollgate
