#include "runner/progress/ready_list.hpp"

#include "runner/graph/plan.hpp"
#include "runner/progress/progress.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <map>
#include <set>

namespace tollgate {

namespace {

bool is_open(PacketState state) {
    return state == PacketState::pending || state == PacketState::in_progress || state == PacketState::blocked;
}

/// Open packets that wait on `id`: those listing it in `after`, and those
/// listing a checkpoint that lists it.
std::vector<std::string> unblocked_by(const Inventory& inventory, const ProgressReport& progress,
                                      const std::string& id) {
    std::set<std::string> via_checkpoints;
    for (const auto& cp : inventory.checkpoints) {
        for (const auto& a : cp.after) {
            if (a.value == id) via_checkpoints.insert(cp.id);
        }
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < inventory.packets.size() && i < progress.packets.size(); ++i) {
        if (!is_open(progress.packets[i].state)) continue;
        const Packet& p = inventory.packets[i];
        const bool waits = std::any_of(p.after.begin(), p.after.end(), [&](const Located& a) {
            return a.value == id || via_checkpoints.count(a.value) > 0;
        });
        if (waits) out.push_back(p.id);
    }
    return out;
}

}  // namespace

int priority_rank(const std::string& priority) {
    std::string p;
    for (char c : priority) p += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (p == "critical" || p == "urgent") return 0;
    if (p == "high") return 1;
    if (p == "medium" || p == "normal") return 2;
    if (p == "low") return 3;
    if (p.size() >= 2 && p[0] == 'p' && std::isdigit(static_cast<unsigned char>(p[1])) != 0) {
        // "P2-P3" ranks by its first figure.
        int n = 0;
        const auto [end, error] = std::from_chars(p.data() + 1, p.data() + p.size(), n);
        (void)end;
        return error == std::errc{} ? n : INT_MAX;
    }
    return INT_MAX;
}

ReadyList compute_ready_list(const Inventory& inventory, const ProgressReport& progress,
                             const ReadinessOptions& options) {
    ReadyList out;
    out.project = progress.project;
    out.base_ref = progress.base_ref;
    out.base_commit = progress.base_commit;
    out.include_started = options.include_started;

    for (const auto& s : inventory.streams) {
        ReadyStream rs;
        rs.id = s.id;
        rs.title = s.title.empty() ? s.id : s.title;
        rs.agents = s.agents;
        out.streams.push_back(rs);
    }
    auto stream = [&](const std::string& id) -> ReadyStream& {
        for (auto& s : out.streams) {
            if (s.id == id) return s;
        }
        ReadyStream rs;
        rs.id = id;
        rs.title = id.empty() ? "(no stream)" : id;
        return out.streams.emplace_back(rs);
    };
    for (const auto& p : progress.packets) {
        ReadyStream& s = stream(p.stream);
        if (p.started && (p.state == PacketState::in_progress || p.state == PacketState::blocked)) ++s.in_progress;
    }
    for (auto& s : out.streams) {
        if (s.agents) s.free_lanes = std::max(0, *s.agents - s.in_progress);
    }

    const PlanResult plan = compute_plan(remaining_work(inventory, progress), PlanOptions{});
    std::map<std::string, const PlannedPacket*> planned;
    for (const auto& pp : plan.packets) planned.emplace(pp.id, &pp);

    for (std::size_t i = 0; i < inventory.packets.size() && i < progress.packets.size(); ++i) {
        const Packet& p = inventory.packets[i];
        const PacketReadiness r = readiness(progress, p.id, options);
        if (!r.ready) {
            if (is_open(r.state)) out.waiting.push_back(r);
            continue;
        }
        ReadyPacket rp;
        rp.id = p.id;
        rp.title = p.title;
        rp.batch = p.batch;
        rp.stream = p.stream;
        rp.priority = p.priority;
        if (rp.priority.empty()) {
            if (const Stream* s = inventory.find_stream(p.stream)) rp.priority = s->priority;
        }
        rp.free_lanes = stream(p.stream).free_lanes;
        rp.started = r.started;
        if (const auto it = planned.find(p.id); it != planned.end()) {
            rp.critical = it->second->critical;
            rp.slack_hours = it->second->slack_hours;
        }
        rp.effort_hours = p.effort ? p.effort->mid_hours() : 0.0;
        rp.unblocks = unblocked_by(inventory, progress, p.id);
        if (p.doc) rp.doc = p.doc->value;
        for (const auto& b : p.branches) rp.branches.push_back(b.value);
        out.packets.push_back(std::move(rp));
    }
    std::stable_sort(out.packets.begin(), out.packets.end(), [](const ReadyPacket& a, const ReadyPacket& b) {
        if (a.critical != b.critical) return a.critical;
        if (a.unblocks.size() != b.unblocks.size()) return a.unblocks.size() > b.unblocks.size();
        const int pa = priority_rank(a.priority);
        const int pb = priority_rank(b.priority);
        if (pa != pb) return pa < pb;
        return a.id < b.id;
    });
    return out;
}

}  // namespace tollgate
