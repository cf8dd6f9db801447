#include "runner/progress/completion.hpp"

#include "runner/core/error.hpp"
#include "runner/git/change_reader.hpp"
#include "runner/progress/history_record.hpp"
#include "runner/zones/zone_map.hpp"

#include <algorithm>
#include <map>

namespace tollgate {

std::vector<ChangeSet> read_packet_changes(const Repository& repository, const GitFacts& facts,
                                           const PacketProgress& packet) {
    std::map<std::string, const LoggedCommit*> by_id;
    for (const auto& c : facts.base_commits) by_id.emplace(c.id, &c);
    std::vector<ChangeSet> out;
    auto read = [&](const std::string& base, const std::string& head) {
        ChangeRequest request;
        request.range.base = base;
        request.range.head = head;
        out.push_back(read_change(repository, request));
    };
    for (const auto& id : packet.landing) {
        const auto it = by_id.find(id);
        if (it == by_id.end() || it->second->parents.empty()) continue;
        read(it->second->parents.front(), id);
    }
    for (const auto& b : facts.branches) {
        if (b.merged || std::find(packet.unmerged_branches.begin(), packet.unmerged_branches.end(), b.display) ==
                            packet.unmerged_branches.end()) {
            continue;
        }
        read(facts.base_commit, b.tip);
    }
    return out;
}

CompletionReport compute_completion(const Inventory& inventory, const ProgressReport& progress, const GitFacts& facts,
                                    const std::string& packet_id, const std::vector<ChangeSet>& changes) {
    const Packet* p = inventory.find_packet(packet_id);
    const auto found = std::find_if(progress.packets.begin(), progress.packets.end(),
                                    [&](const PacketProgress& x) { return x.id == packet_id; });
    if (p == nullptr || found == progress.packets.end()) {
        throw UsageError("unknown packet '" + packet_id + "'", "see the packets with `tollgate plan`");
    }
    CompletionReport out;
    out.packet = *found;
    if (p->doc) out.doc = p->doc->value;
    out.tasks = p->tasks;

    // Gates: the newest record for this packet, else the newest with any of its gates.
    std::vector<std::string> gates;
    for (const auto& g : p->gates) gates.push_back(g.value);
    const HistoryRecord* best = nullptr;
    std::string best_commit;
    for (const auto& cr : facts.records) {
        for (const auto& r : cr.records) {
            const bool mine = r.packet == packet_id;
            const bool touches = std::any_of(r.gates.begin(), r.gates.end(), [&](const RecordedGate& g) {
                return std::find(gates.begin(), gates.end(), g.id) != gates.end();
            });
            if (!mine && !touches) continue;
            const bool best_mine = best != nullptr && best->packet == packet_id;
            if (best == nullptr || (mine && !best_mine) || (mine == best_mine && r.time >= best->time)) {
                best = &r;
                best_commit = cr.commit;
            }
        }
    }
    if (best != nullptr) {
        out.gates_record = best_commit.substr(0, 10) + " at " + iso_utc(best->time);
        for (const auto& g : best->gates) {
            if (g.status == "passed" || g.status == "manual") {
                out.gates_passed.push_back(g.id);
            } else if (g.status != "skipped") {
                out.gates_failed.push_back(g.id + " (" + g.status + ")");
            }
        }
    }
    for (const auto& g : gates) {
        const bool seen = best != nullptr && std::any_of(best->gates.begin(), best->gates.end(),
                                                         [&](const RecordedGate& rg) { return rg.id == g; });
        if (!seen) out.gates_not_recorded.push_back(g);
    }

    // Files by zone and violations, over every change of the packet.
    const ZoneMap zones(inventory);
    std::map<std::string, PathVerdict> verdicts;
    OwnershipOptions options;
    options.packet = packet_id;
    for (const auto& change : changes) {
        for (auto& v : judge_ownership(inventory, zones, change, options)) verdicts[v.path] = std::move(v);
        out.notes.insert(out.notes.end(), change.notes.begin(), change.notes.end());
    }
    for (const auto& [path, v] : verdicts) {
        // A structured binding cannot be captured before C++20 (clang 14 refuses it).
        const std::string& zone = v.zone;
        auto z = std::find_if(out.files_by_zone.begin(), out.files_by_zone.end(),
                              [&](const ZoneFiles& f) { return f.zone == zone; });
        if (z == out.files_by_zone.end())
            z = out.files_by_zone.insert(out.files_by_zone.end(), ZoneFiles{v.zone, v.rule, v.owners, {}});
        z->paths.push_back(path);
        if (!v.allowed) out.violations.push_back(v);
    }

    // What remains, each with its reason.
    const PacketProgress& pp = out.packet;
    for (const auto& b : pp.unmerged_branches)
        out.remaining.push_back("branch " + b + " has work not yet in " + progress.base_ref);
    for (const auto& w : pp.waiting_on) out.remaining.push_back("waits on " + w + " (not done or not passed)");
    for (const auto& g : out.gates_failed) out.remaining.push_back("gate " + g + " must pass");
    for (const auto& g : out.gates_not_recorded)
        out.remaining.push_back("gate " + g + " has no recorded result (run it with --record)");
    if (pp.state == PacketState::pending) out.remaining.push_back("no commits yet");
    if (pp.state == PacketState::paused || pp.state == PacketState::dropped) out.remaining.push_back(pp.why);
    for (const auto& c : progress.checkpoints) {
        if (std::find(c.after.begin(), c.after.end(), packet_id) == c.after.end()) continue;
        if (c.state != CheckpointState::passed)
            out.remaining.push_back("checkpoint " + c.id + " is " + to_string(c.state));
    }

    // Next batch: the packets that wait on this one.
    for (const auto& other : progress.packets) {
        if (std::find(other.after.begin(), other.after.end(), packet_id) == other.after.end()) continue;
        if (other.state == PacketState::done || other.state == PacketState::dropped) continue;
        std::vector<std::string> rest;
        for (const auto& w : other.waiting_on) {
            if (w != packet_id) rest.push_back(w);
        }
        std::string line = other.id + " (" + to_string(other.state) + ")";
        if (pp.state == PacketState::done) {
            line += rest.empty() ? ": ready to start or merge" : ": still waits on " + rest.front();
        } else {
            line += ": waits on this packet";
        }
        out.unblocks.push_back(line);
    }
    return out;
}

}  // namespace tollgate
