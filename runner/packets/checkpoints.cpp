#include "runner/packets/checkpoints.hpp"

#include "runner/core/diagnostic.hpp"
#include "runner/core/error.hpp"
#include "runner/core/text.hpp"

#include <algorithm>
#include <functional>

namespace tollgate {

std::string to_string(CheckpointStatus status) {
    switch (status) {
        case CheckpointStatus::passed: return "passed";
        case CheckpointStatus::failed: return "failed";
        case CheckpointStatus::pending: return "pending";
        case CheckpointStatus::overdue: return "overdue";
    }
    return "pending";
}

std::string to_string(CheckpointRole role) {
    switch (role) {
        case CheckpointRole::prerequisite: return "prerequisite";
        case CheckpointRole::completes: return "completes";
        case CheckpointRole::requested: return "requested";
    }
    return "requested";
}

namespace {

bool lists(const std::vector<Located>& items, const std::string& id) {
    return std::any_of(items.begin(), items.end(), [&](const Located& l) { return l.value == id; });
}

// The first prerequisite (packets, through checkpoints transitively) that is
// not complete, with its reason; "" when all are.
std::string first_missing(const CheckpointContext& context, const Checkpoint& checkpoint, bool count_change,
                          std::set<std::string>& visited) {
    if (!visited.insert(checkpoint.id).second) return "";
    for (const auto& item : checkpoint.after) {
        if (const Checkpoint* inner = context.inventory.find_checkpoint(item.value)) {
            std::string missing = first_missing(context, *inner, count_change, visited);
            if (!missing.empty()) return missing;
            continue;
        }
        if (count_change && item.value == context.change_packet) continue;
        const PacketCompletion c = context.completion(item.value);
        if (!c.done) return item.value + " is not done (" + c.reason + ")";
    }
    return "";
}

std::string due_text(const Checkpoint& checkpoint, const std::optional<CivilDate>& due) {
    if (!due) return "";
    std::string text = "due " + due->str();
    if (checkpoint.due && checkpoint.due->day) text += " (day " + std::to_string(*checkpoint.due->day) + ")";
    return text;
}

}  // namespace

std::optional<CivilDate> due_date_of(const Inventory& inventory, const Checkpoint& checkpoint) {
    if (!checkpoint.due) return std::nullopt;
    if (checkpoint.due->date) return checkpoint.due->date;
    if (checkpoint.due->day && inventory.start) return inventory.start->plus_days(*checkpoint.due->day - 1);
    return std::nullopt;
}

std::vector<std::pair<const Checkpoint*, CheckpointRole>> checkpoints_in_play(
    const Inventory& inventory, const std::string& packet, const std::vector<std::string>& requested) {
    for (const auto& id : requested) {
        if (inventory.find_checkpoint(id) == nullptr) {
            std::vector<std::string> ids;
            for (const auto& c : inventory.checkpoints) ids.push_back(c.id);
            const std::string close = closest_match(id, ids);
            throw UsageError("--checkpoint '" + printable(id) + "' names no checkpoint of the inventory",
                             close.empty() ? "known checkpoints: " + join(ids, ", ") : "did you mean '" + close + "'?");
        }
    }
    const Packet* p = packet.empty() ? nullptr : inventory.find_packet(packet);
    std::vector<std::pair<const Checkpoint*, CheckpointRole>> out;
    for (const auto& c : inventory.checkpoints) {
        if (p != nullptr && lists(p->after, c.id)) {
            out.emplace_back(&c, CheckpointRole::prerequisite);
        } else if (!packet.empty() && lists(c.after, packet)) {
            out.emplace_back(&c, CheckpointRole::completes);
        } else if (std::find(requested.begin(), requested.end(), c.id) != requested.end()) {
            out.emplace_back(&c, CheckpointRole::requested);
        }
    }
    return out;
}

CheckpointFinding assess_checkpoint(const CheckpointContext& context, const Checkpoint& checkpoint,
                                    CheckpointRole role) {
    CheckpointFinding f;
    f.id = checkpoint.id;
    f.title = checkpoint.title;
    f.blocker = checkpoint.blocker;
    f.role = role;
    f.due = due_date_of(context.inventory, checkpoint);
    f.forced = context.forced.contains(checkpoint.id);
    std::set<std::string> visited;
    const std::string missing = first_missing(context, checkpoint, role == CheckpointRole::completes, visited);
    if (missing.empty() || f.forced) {
        f.evaluated = true;
        f.status = CheckpointStatus::pending;
        f.reason =
            missing.empty() ? "prerequisites complete; its gates run" : "evaluated early (--force) although " + missing;
        return f;
    }
    const bool late = f.due && context.today && *context.today > *f.due;
    f.status = late ? CheckpointStatus::overdue : CheckpointStatus::pending;
    f.reason = "waiting: " + missing;
    if (f.due) f.reason += "; " + due_text(checkpoint, f.due);
    if (late) f.reason += ", " + std::to_string(context.today->days_since(*f.due)) + " day(s) ago";
    return f;
}

void settle_checkpoint(CheckpointFinding& finding, const Checkpoint& checkpoint, const RunResult* run) {
    if (!finding.evaluated) return;
    if (run == nullptr) {
        finding.status = CheckpointStatus::pending;
        finding.reason = "its gates did not run (--dry-run)";
        return;
    }
    std::vector<std::string> problems;
    for (const auto& id : checkpoint.gates) {
        const auto it =
            std::find_if(run->gates.begin(), run->gates.end(), [&](const GateResult& g) { return g.id == id.value; });
        if (it == run->gates.end()) {
            problems.push_back("gate " + id.value + " did not run");
        } else if (it->status == GateStatus::manual) {
            problems.push_back("gate " + id.value + " needs a sign-off (Verified: " + id.value + ")");
        } else if (it->status != GateStatus::passed) {
            problems.push_back("gate " + id.value + " " + to_string(it->status) +
                               (it->outcome.empty() ? "" : " (" + it->outcome + ")"));
        }
    }
    if (problems.empty()) {
        finding.status = CheckpointStatus::passed;
        finding.reason = checkpoint.gates.empty()
                             ? "prerequisites complete; it has no gates"
                             : "all " + std::to_string(checkpoint.gates.size()) + " gate(s) passed";
        if (finding.forced) finding.reason += " (evaluated early with --force)";
        return;
    }
    finding.status = CheckpointStatus::failed;
    finding.reason = join(problems, "; ");
}

}  // namespace tollgate
