#include "runner/graph/schedule_eta.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <tuple>
#include <unordered_map>

namespace tollgate {

long long to_minutes(double hours) {
    return std::llround(hours * 60.0);
}

LanePlan plan_lanes(const Inventory& inv, const PlanGraph& g, const WaveLayout& layout, const std::vector<char>& done,
                    std::optional<int> lanes) {
    LanePlan plan;
    plan.pool_of.assign(g.size(), -1);
    auto common_pool = [&](int width) {
        plan.pools.push_back({"", std::max(1, width)});
        plan.total = plan.pools.back().lanes;
        for (std::size_t node = 0; node < g.packets.size(); ++node) plan.pool_of[node] = 0;
    };
    if (lanes) {
        plan.source = "option";
        common_pool(*lanes);
        return plan;
    }
    if (inv.streams.empty()) {
        plan.source = "widest wave";
        std::size_t widest = 0;
        for (const auto& wave : layout.waves) {
            const auto open =
                std::count_if(wave.begin(), wave.end(), [&](int n) { return !done[static_cast<std::size_t>(n)]; });
            widest = std::max(widest, static_cast<std::size_t>(open));
        }
        common_pool(static_cast<int>(std::min<std::size_t>(widest, 1u << 30)));
        return plan;
    }
    plan.source = "streams";
    std::unordered_map<std::string_view, int> pool_of_stream;
    plan.total = 0;
    for (const auto& s : inv.streams) {
        if (!pool_of_stream.emplace(s.id, static_cast<int>(plan.pools.size())).second) continue;
        plan.pools.push_back({s.id, std::max(1, s.agents)});
        plan.total += plan.pools.back().lanes;
    }
    int unassigned = 0;
    int spare_pool = -1;
    for (std::size_t node = 0; node < g.packets.size(); ++node) {
        const auto it = pool_of_stream.find(g.packets[node]->stream);
        if (it != pool_of_stream.end()) {
            plan.pool_of[node] = it->second;
            continue;
        }
        if (spare_pool < 0) {
            spare_pool = static_cast<int>(plan.pools.size());
            plan.pools.push_back({"", 1});
            ++plan.total;
        }
        plan.pool_of[node] = spare_pool;
        if (!done[node]) ++unassigned;
    }
    if (unassigned > 0) {
        plan.notes.push_back(std::to_string(unassigned) + (unassigned == 1 ? " packet has" : " packets have") +
                             " no stream and shares one extra lane; give packets a stream or"
                             " use --lanes N");
    }
    return plan;
}

namespace {

/// Hours of work still behind each node, its own included, along hard
/// dependants and honoured soft followers: the list-scheduling priority.
std::vector<long long> remaining_work(const PlanGraph& g, const WaveLayout& layout,
                                      const std::vector<long long>& minutes) {
    std::vector<long long> tail(g.size(), 0);
    // Soft followers, indexed by the packet they prefer to follow.
    Digraph followers(g.packets.size());
    for (std::size_t node = 0; node < layout.honoured.size(); ++node)
        for (int pre : layout.honoured[node])
            followers[static_cast<std::size_t>(pre)].push_back(static_cast<int>(node));
    for (auto it = layout.order.rbegin(); it != layout.order.rend(); ++it) {
        const auto n = static_cast<std::size_t>(*it);
        long long after = 0;
        for (int d : g.dependants[n]) after = std::max(after, tail[static_cast<std::size_t>(d)]);
        if (g.is_packet(*it))
            for (int f : followers[n]) after = std::max(after, tail[static_cast<std::size_t>(f)]);
        tail[n] = minutes[n] + after;
    }
    return tail;
}

/// Lanes of one pool: how many are free and which ids to hand out next.
struct PoolState {
    int free = 1;
    int next_lane = 1;
    std::priority_queue<int, std::vector<int>, std::greater<>> released;
    std::vector<int> ready;  ///< heap ordered by `Simulation::before`
    bool dirty = false;

    int take_lane() {
        --free;
        if (released.empty()) return next_lane++;
        const int lane = released.top();
        released.pop();
        return lane;
    }
    void give_back(int lane) {
        ++free;
        released.push(lane);
    }
};

class Simulation {
public:
    Simulation(const PlanGraph& g, const WaveLayout& layout, const LanePlan& lanes,
               const std::vector<long long>& minutes, const std::vector<char>& done)
        : m_g(g),
          m_layout(layout),
          m_lanes(lanes),
          m_minutes(minutes),
          m_done(done),
          m_tail(remaining_work(g, layout, minutes)),
          m_pools(lanes.pools.size()) {
        for (std::size_t i = 0; i < m_pools.size(); ++i) m_pools[i].free = lanes.pools[i].lanes;
        m_result.nodes.resize(g.size());
        m_waiting.resize(g.size());
        m_state.assign(g.size(), 0);
        for (std::size_t n = 0; n < g.size(); ++n) m_waiting[n] = static_cast<int>(g.prerequisites[n].size());
    }

    SimulatedSchedule run() {
        for (std::size_t n = 0; n < m_g.size(); ++n)
            if (m_done[n]) m_state[n] = complete;
        for (std::size_t n = 0; n < m_g.size(); ++n)
            if (m_done[n]) release_dependants(static_cast<int>(n), 0);
        drain(0);
        for (int node : m_layout.order)
            if (m_waiting[static_cast<std::size_t>(node)] == 0) become_ready(node, 0);
        dispatch(0);
        while (!m_events.empty()) {
            const long long now = std::get<0>(m_events.top());
            while (!m_events.empty() && std::get<0>(m_events.top()) == now) {
                const int node = std::get<2>(m_events.top());
                m_events.pop();
                const auto n = static_cast<std::size_t>(node);
                const int pool = m_lanes.pool_of[n];
                m_pools[static_cast<std::size_t>(pool)].give_back(m_result.nodes[n].lane);
                mark_dirty(pool);
                finish(node, now);
            }
            dispatch(now);
        }
        return std::move(m_result);
    }

private:
    enum : char { pending, queued, complete };

    /// Heap order for the ready queues: more work behind first, then plan order.
    [[nodiscard]] bool before(int a, int b) const {
        const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
        if (m_tail[ua] != m_tail[ub]) return m_tail[ua] > m_tail[ub];
        return m_layout.rank[ua] < m_layout.rank[ub];
    }

    void become_ready(int node, long long now) {
        const auto n = static_cast<std::size_t>(node);
        if (m_state[n] != pending) return;
        m_state[n] = queued;
        if (!m_g.is_packet(node) || m_minutes[n] == 0) {
            // Checkpoints and unestimated packets pass instantly, without a lane.
            m_result.nodes[n] = {now, now, 0};
            finish(node, now);
            return;
        }
        auto& pool = m_pools[static_cast<std::size_t>(m_lanes.pool_of[n])];
        pool.ready.push_back(node);
        std::push_heap(pool.ready.begin(), pool.ready.end(), heap_less());
        mark_dirty(m_lanes.pool_of[n]);
    }

    /// Completes `node` and everything that becomes instantly complete after
    /// it; iterative because such chains can be thousands long.
    void finish(int node, long long now) {
        m_instant.push_back(node);
        drain(now);
    }

    void drain(long long now) {
        while (!m_instant.empty()) {
            const int n = m_instant.back();
            m_instant.pop_back();
            m_state[static_cast<std::size_t>(n)] = complete;
            m_result.span = std::max(m_result.span, now);
            release_dependants(n, now);
        }
    }

    void release_dependants(int node, long long now) {
        for (int d : m_g.dependants[static_cast<std::size_t>(node)]) {
            const auto ud = static_cast<std::size_t>(d);
            if (--m_waiting[ud] != 0 || m_state[ud] != pending) continue;
            if (!m_g.is_packet(d) || m_minutes[ud] == 0) {
                m_state[ud] = queued;
                m_result.nodes[ud] = {now, now, 0};
                m_instant.push_back(d);
            } else {
                become_ready(d, now);
            }
        }
    }

    /// Pools whose lanes or queue changed; only they can start work now.
    void mark_dirty(int pool) {
        auto& state = m_pools[static_cast<std::size_t>(pool)];
        if (state.dirty) return;
        state.dirty = true;
        m_dirty.push_back(pool);
    }

    void dispatch(long long now) {
        // Pool order keeps the simulation deterministic.
        std::sort(m_dirty.begin(), m_dirty.end());
        for (int index : m_dirty) {
            auto& pool = m_pools[static_cast<std::size_t>(index)];
            pool.dirty = false;
            while (pool.free > 0 && !pool.ready.empty()) {
                std::pop_heap(pool.ready.begin(), pool.ready.end(), heap_less());
                const int node = pool.ready.back();
                pool.ready.pop_back();
                const auto n = static_cast<std::size_t>(node);
                m_result.nodes[n] = {now, now + m_minutes[n], pool.take_lane()};
                m_events.emplace(now + m_minutes[n], m_layout.rank[n], node);
            }
        }
        m_dirty.clear();
    }

    /// std heap comparator: the top is the node that goes `before` all others.
    struct HeapLess {
        const Simulation* sim;
        bool operator()(int a, int b) const { return sim->before(b, a); }
    };
    [[nodiscard]] HeapLess heap_less() const { return HeapLess{this}; }

    const PlanGraph& m_g;
    const WaveLayout& m_layout;
    const LanePlan& m_lanes;
    const std::vector<long long>& m_minutes;
    const std::vector<char>& m_done;
    std::vector<long long> m_tail;
    std::vector<PoolState> m_pools;
    std::vector<int> m_waiting;
    std::vector<char> m_state;
    std::vector<int> m_instant;
    std::vector<int> m_dirty;
    std::priority_queue<std::tuple<long long, int, int>, std::vector<std::tuple<long long, int, int>>, std::greater<>>
        m_events;
    SimulatedSchedule m_result;
};

}  // namespace

SimulatedSchedule simulate_schedule(const PlanGraph& graph, const WaveLayout& layout, const LanePlan& lanes,
                                    const std::vector<long long>& minutes, const std::vector<char>& done) {
    return Simulation(graph, layout, lanes, minutes, done).run();
}

}  // namespace tollgate
