#include "runner/graph/plan.hpp"

#include "runner/graph/critical_path.hpp"
#include "runner/graph/plan_graph.hpp"
#include "runner/graph/schedule_eta.hpp"
#include "runner/graph/waves.hpp"

#include <algorithm>

namespace tollgate {

namespace {

constexpr Estimate all_estimates[] = {Estimate::low, Estimate::mid, Estimate::high};

/// Minutes of work left per node under `estimate`.
std::vector<long long> work_minutes(const PlanGraph& g, const std::vector<char>& done, Estimate estimate) {
    std::vector<long long> minutes(g.size(), 0);
    for (std::size_t n = 0; n < g.packets.size(); ++n) {
        const auto& effort = g.packets[n]->effort;
        if (done[n] || !effort) continue;
        const double hours = estimate == Estimate::low    ? effort->low_hours
                             : estimate == Estimate::high ? effort->high_hours
                                                          : effort->mid_hours();
        minutes[n] = to_minutes(hours);
    }
    return minutes;
}

void set(HoursRange& range, Estimate estimate, long long minutes) {
    const double hours = static_cast<double>(minutes) / 60.0;
    switch (estimate) {
        case Estimate::low: range.low = hours; break;
        case Estimate::mid: range.mid = hours; break;
        case Estimate::high: range.high = hours; break;
    }
}

std::vector<std::string> ids(const PlanGraph& g, const std::vector<int>& nodes) {
    std::vector<std::string> out;
    out.reserve(nodes.size());
    for (int n : nodes) out.push_back(g.id(n));
    return out;
}

PlannedCheckpoint plan_checkpoint(const PlanGraph& g, const WaveLayout& layout, int node, const NodeTiming& timing,
                                  const std::optional<CivilDate>& start) {
    const Checkpoint& c = g.checkpoint(node);
    PlannedCheckpoint out;
    out.id = c.id;
    out.title = c.title;
    out.after = ids(g, g.prerequisites[static_cast<std::size_t>(node)]);
    out.after_wave = layout.level[static_cast<std::size_t>(node)];
    out.blocker = c.blocker;
    if (c.due && c.due->day) {
        out.due_day = *c.due->day;
        if (start) out.due_date = date_of_day(*start, *c.due->day);
    } else if (c.due && c.due->date) {
        out.due_date = *c.due->date;
        if (start) out.due_day = static_cast<int>(c.due->date->days_since(*start)) + 1;
    }
    out.ready_hours = static_cast<double>(timing.end) / 60.0;
    out.ready_day = day_of_end(out.ready_hours);
    for (const auto& gate : c.gates) out.gates.push_back(gate.value);
    out.criteria = c.criteria;
    return out;
}

}  // namespace

PlanResult compute_plan(const Inventory& inv, const PlanOptions& options) {
    const PlanGraph g = build_plan_graph(inv);
    const std::vector<int> topo = topological_order(g, inv);
    const WaveLayout layout = layout_waves(g, topo);

    std::vector<char> done(g.size(), 0);
    for (std::size_t n = 0; n < g.packets.size(); ++n) done[n] = g.packets[n]->status == PacketStatus::done ? 1 : 0;
    std::optional<int> lanes;
    if (options.lanes) lanes = std::max(1, *options.lanes);
    const LanePlan lane_plan = plan_lanes(inv, g, layout, done, lanes);

    PlanResult r;
    r.project = inv.project;
    r.start = inv.start;
    r.estimate = options.estimate;
    r.dropped = g.dropped;
    r.pools = lane_plan.pools;
    r.total_lanes = lane_plan.total;
    r.lanes_source = lane_plan.source;

    CriticalPath chosen_path;
    SimulatedSchedule chosen;
    std::vector<long long> slack;
    for (Estimate e : all_estimates) {
        const auto minutes = work_minutes(g, done, e);
        long long sum = 0;
        for (long long m : minutes) sum += m;
        set(r.sequential_hours, e, sum);
        CriticalPath path = longest_path(g, layout, minutes);
        set(r.critical_hours, e, path.minutes);
        SimulatedSchedule schedule = simulate_schedule(g, layout, lane_plan, minutes, done);
        set(r.parallel_hours, e, schedule.span);
        if (e == options.estimate) {
            slack = slack_minutes(g, layout, minutes, path.minutes);
            chosen_path = std::move(path);
            chosen = std::move(schedule);
        }
    }
    // Done packets at the head of the chain cost nothing: they are not critical.
    auto& path = chosen_path.nodes;
    const auto first_open =
        std::find_if(path.begin(), path.end(), [&](int n) { return !done[static_cast<std::size_t>(n)]; });
    path.erase(path.begin(), first_open);
    std::vector<char> critical(g.size(), 0);
    for (int n : path) critical[static_cast<std::size_t>(n)] = 1;
    r.critical_path = ids(g, chosen_path.nodes);
    r.eta_day = chosen.span > 0 ? day_of_end(static_cast<double>(chosen.span) / 60.0) : 0;

    for (std::size_t w = 0; w < layout.waves.size(); ++w) {
        PlanWave wave;
        wave.number = static_cast<int>(w) + 1;
        for (int node : layout.waves[w]) {
            const auto n = static_cast<std::size_t>(node);
            const Packet& p = g.packet(node);
            PlannedPacket out;
            out.id = p.id;
            out.title = p.title;
            out.batch = p.batch;
            out.stream = p.stream;
            out.status = p.status;
            out.effort = p.effort;
            out.wave = wave.number;
            out.after = ids(g, g.prerequisites[n]);
            out.prefer_after = ids(g, layout.honoured[n]);
            out.critical = critical[n] != 0;
            if (!done[n]) out.slack_hours = static_cast<double>(slack[n]) / 60.0;
            if (!p.effort && !done[n]) r.unestimated.push_back(p.id);
            if (!done[n]) {
                const NodeTiming& t = chosen.nodes[n];
                PacketSchedule s;
                s.start_hours = static_cast<double>(t.start) / 60.0;
                s.end_hours = static_cast<double>(t.end) / 60.0;
                // Work without effort belongs to the day that ends at its instant,
                // like a checkpoint reached then.
                s.end_day = day_of_end(s.end_hours);
                s.start_day = t.start == t.end ? s.end_day : day_of_start(s.start_hours);
                s.pool = r.pools[static_cast<std::size_t>(lane_plan.pool_of[n])].name;
                s.lane = t.lane;
                wave.first_day = std::min(wave.first_day.value_or(s.start_day), s.start_day);
                wave.last_day = std::max(wave.last_day.value_or(s.end_day), s.end_day);
                out.schedule = s;
            }
            wave.packets.push_back(r.packets.size());
            r.packets.push_back(std::move(out));
        }
        r.waves.push_back(std::move(wave));
    }
    for (int node : layout.order) {
        if (g.is_packet(node)) continue;
        auto cp = plan_checkpoint(g, layout, node, chosen.nodes[static_cast<std::size_t>(node)], r.start);
        cp.critical = critical[static_cast<std::size_t>(node)] != 0;
        r.checkpoints.push_back(std::move(cp));
    }
    r.notes = g.notes;
    r.notes.insert(r.notes.end(), layout.notes.begin(), layout.notes.end());
    r.notes.insert(r.notes.end(), lane_plan.notes.begin(), lane_plan.notes.end());
    return r;
}

}  // namespace tollgate
