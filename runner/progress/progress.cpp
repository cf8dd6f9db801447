#include "runner/progress/progress.hpp"
#include "runner/progress/lane_time.hpp"

#include "runner/graph/plan.hpp"
#include "runner/progress/rework.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace tollgate {

namespace {

constexpr double k_day = 86400.0;

struct TimedRecord {
    const HistoryRecord* record;
    const std::string* commit;
};

long long midnight(const CivilDate& d) {
    return static_cast<long long>(d.days_since(CivilDate{}) * 86400);
}

std::optional<CivilDate> due_date(const Checkpoint& c, const std::optional<CivilDate>& start) {
    if (!c.due) return std::nullopt;
    if (c.due->date) return c.due->date;
    if (c.due->day && start) return date_of_day(*start, *c.due->day);
    return std::nullopt;
}

// The newest verdict on a checkpoint among the records (oldest first):
// an explicit checkpoints[] entry (from `check`), else a record that ran all
// of its gates. decided_at is when that verdict was first reached without a
// different one since.
void decide_checkpoint(CheckpointProgress& out, const Checkpoint& c, const std::vector<TimedRecord>& records) {
    for (auto it = records.rbegin(); it != records.rend(); ++it) {
        const HistoryRecord& r = *it->record;
        std::optional<bool> passed;
        for (const auto& rc : r.checkpoints) {
            if (rc.id == c.id && (rc.status == "passed" || rc.status == "failed")) passed = rc.status == "passed";
        }
        if (!passed && !c.gates.empty()) {
            bool all = true;
            bool ok = true;
            for (const auto& g : c.gates) {
                const auto found = std::find_if(r.gates.begin(), r.gates.end(),
                                                [&](const RecordedGate& rg) { return rg.id == g.value; });
                if (found == r.gates.end()) {
                    all = false;
                    break;
                }
                if (found->status != "passed" && found->status != "manual") ok = false;
            }
            if (all) passed = ok;
        }
        if (!passed) continue;
        const CheckpointState state = *passed ? CheckpointState::passed : CheckpointState::failed;
        // The newest decision sets the state; its time is the start of the
        // run of equal decisions ending there (passed since …).
        if (out.decided_at && state != out.state) return;
        out.state = state;
        out.decided_at = r.time;
        out.decided_on = *it->commit;
    }
}

bool counts_for_pass_rate(const std::string& status) {
    return status == "passed" || status == "failed" || status == "timeout" || status == "error";
}

}  // namespace

ProgressReport compute_progress(const Inventory& inv, const GitFacts& facts, const ProgressOptions& options) {
    ProgressReport report;
    report.project = inv.project;
    report.base_ref = facts.base_ref;
    report.base_commit = facts.base_commit;
    report.today = options.today;
    report.now = options.now;
    report.since = options.since;
    report.since_text = options.since_text;

    const Attribution attribution = attribute_commits(inv, facts.base_commits, facts.branches);
    report.notes = attribution.notes;

    // Records, oldest first; refused lines become notes.
    std::vector<TimedRecord> records;
    std::unordered_set<std::string_view> first_parent(attribution.first_parent.begin(), attribution.first_parent.end());
    for (const auto& cr : facts.records) {
        for (const auto& p : cr.problems) report.notes.push_back(p.describe());
        for (const auto& r : cr.records) records.push_back({&r, &cr.commit});
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const TimedRecord& a, const TimedRecord& b) { return a.record->time < b.record->time; });
    report.records_read = static_cast<int>(records.size());

    // Project start: the inventory's, else the first packet commit's day.
    report.start = inv.start;
    if (!report.start) {
        std::optional<long long> first;
        for (const auto& pc : attribution.packets) {
            if (pc.started) first = first ? std::min(*first, *pc.started) : *pc.started;
        }
        if (first) report.start = CivilDate::from_unix(*first);
    }

    // Checkpoints.
    ProgressMetrics& m = report.metrics;
    for (const auto& c : inv.checkpoints) {
        CheckpointProgress cp;
        cp.id = c.id;
        cp.title = c.title;
        cp.blocker = c.blocker;
        cp.due = due_date(c, inv.start);
        for (const auto& g : c.gates) cp.gates.push_back(g.value);
        for (const auto& a : c.after) cp.after.push_back(a.value);
        cp.criteria = c.criteria;
        decide_checkpoint(cp, c, records);
        if (cp.state == CheckpointState::pending && cp.due && *cp.due < options.today) {
            cp.state = CheckpointState::overdue;
            ++m.overdue_checkpoints;
        }
        report.checkpoints.push_back(std::move(cp));
    }
    auto checkpoint = [&](const std::string& id) -> const CheckpointProgress* {
        for (const auto& c : report.checkpoints) {
            if (c.id == id) return &c;
        }
        return nullptr;
    };

    // Packets: what git says, then the overrides.
    for (std::size_t i = 0; i < inv.packets.size(); ++i) {
        const Packet& p = inv.packets[i];
        const PacketCommits& pc = attribution.packets[i];
        PacketProgress out;
        out.id = p.id;
        out.title = p.title;
        out.stream = p.stream;
        out.batch = p.batch;
        out.started = pc.started;
        out.last_commit = pc.last_commit;
        out.commits_landed = static_cast<int>(pc.landed.size());
        out.commits_unmerged = pc.unmerged;
        out.unmerged_branches = pc.unmerged_branches;
        out.landing = pc.landing;
        out.has_effort = p.effort.has_value();
        out.effort_hours = p.effort ? p.effort->mid_hours() : 0.0;
        for (const auto& a : p.after) out.after.push_back(a.value);
        if (p.status == PacketStatus::dropped) {
            out.state = PacketState::dropped;
            out.why = "status: dropped in the inventory";
        } else if (p.status == PacketStatus::paused) {
            out.state = PacketState::paused;
            out.why = "status: paused in the inventory";
        } else if (p.status == PacketStatus::done) {
            out.state = PacketState::done;
            out.completed = pc.landed_at;
            out.why = "status: done in the inventory";
        } else if (i < facts.merge_states.size() && facts.merge_states[i].done) {
            out.state = PacketState::done;
            out.completed = pc.landed_at;
            out.why = facts.merge_states[i].reason;
        } else if (pc.merged()) {
            out.state = PacketState::done;
            out.completed = pc.landed_at;
            out.why = std::to_string(pc.landed.size()) + " commit(s) in " + facts.base_ref + ", nothing left unmerged";
        } else if (pc.started) {
            out.state = PacketState::in_progress;
            out.why = pc.unmerged > 0 ? std::to_string(pc.unmerged) + " commit(s) not yet in " + facts.base_ref
                                      : "work started";
        } else {
            out.state = PacketState::pending;
            out.why = "no commits yet";
        }
        for (auto it = records.rbegin(); it != records.rend(); ++it) {
            if (it->record->packet == p.id) {
                out.last_verdict = it->record->verdict;
                break;
            }
        }
        report.packets.push_back(std::move(out));
    }
    auto packet = [&](const std::string& id) -> const PacketProgress* {
        for (const auto& p : report.packets) {
            if (p.id == id) return &p;
        }
        return nullptr;
    };

    // Dependencies: waiting, blocked, and the time spent working while blocked.
    for (auto& p : report.packets) {
        const bool open = p.state == PacketState::in_progress || p.state == PacketState::pending;
        bool failed_blocker = false;
        bool deps_met = true;  // every prerequisite done, at deps_done
        long long deps_done = 0;
        for (const auto& a : p.after) {
            if (const PacketProgress* dep = packet(a)) {
                if (dep->state == PacketState::dropped) continue;
                if (dep->state != PacketState::done) {
                    p.waiting_on.push_back(a);
                    deps_met = false;
                } else {
                    deps_done = std::max(deps_done, dep->completed.value_or(0));
                }
            } else if (const CheckpointProgress* cp = checkpoint(a)) {
                if (!cp->blocker) continue;
                if (cp->state == CheckpointState::failed) failed_blocker = true;
                if (cp->state != CheckpointState::passed) {
                    p.waiting_on.push_back(a);
                    deps_met = false;
                } else {
                    deps_done = std::max(deps_done, cp->decided_at.value_or(0));
                }
            }
        }
        if (open && (failed_blocker || (p.started && !p.waiting_on.empty()))) {
            p.state = PacketState::blocked;
            p.why = failed_blocker ? "a blocking checkpoint it waits on failed: " + p.waiting_on.front()
                                   : "has work but waits on " + p.waiting_on.front();
        }
        if (p.started && p.state != PacketState::dropped) {
            const long long end = p.completed.value_or(options.now);
            const long long until = std::min(deps_met ? deps_done : options.now, end);
            if (until > *p.started) p.blocked_days = static_cast<double>(until - *p.started) / k_day;
        }
    }

    // Rework along base's first-parent history inside the window.
    {
        std::unordered_map<std::string_view, const LoggedCommit*> by_id;
        for (const auto& c : facts.base_commits) by_id.emplace(c.id, &c);
        ReworkTracker tracker;
        for (std::size_t pos = 0; pos < attribution.first_parent.size(); ++pos) {
            const auto h = facts.hunks.find(attribution.first_parent[pos]);
            if (h == facts.hunks.end()) continue;
            tracker.apply(attribution.landing_packet[pos], by_id.at(attribution.first_parent[pos])->commit_time,
                          h->second);
        }
        for (std::size_t i = 0; i < report.packets.size(); ++i) {
            const ReworkCount rc = tracker.count(static_cast<int>(i));
            report.packets[i].lines_added = rc.added;
            report.packets[i].lines_rewritten = rc.rewritten;
            m.lines_added += rc.added;
            m.lines_rewritten += rc.rewritten;
        }
        if (m.lines_added > 0)
            m.rework_rate = static_cast<double>(m.lines_rewritten) / static_cast<double>(m.lines_added);
    }

    // The plan by effort (for the Gantt) and what remains (for the ETA).
    {
        const PlanResult planned = compute_plan(inv, PlanOptions{});
        m.lanes = planned.total_lanes;
        for (const auto& pp : planned.packets) {
            if (!pp.schedule) continue;
            for (auto& p : report.packets) {
                if (p.id != pp.id) continue;
                p.planned_start_day = pp.schedule->start_hours / hours_per_day;
                p.planned_end_day = pp.schedule->end_hours / hours_per_day;
            }
        }
        const PlanResult left = compute_plan(remaining_work(inv, report), PlanOptions{});
        m.remaining_hours = left.parallel_hours.mid;
        m.critical_hours = left.critical_hours.mid;
        m.eta = options.today.plus_days(static_cast<long long>(std::ceil(m.remaining_hours / hours_per_day)));
    }

    // Counts, effort progress and streams.
    std::vector<std::string> stream_ids;
    for (const auto& s : inv.streams) stream_ids.push_back(s.id);
    for (const auto& p : report.packets) {
        if (std::find(stream_ids.begin(), stream_ids.end(), p.stream) == stream_ids.end())
            stream_ids.push_back(p.stream);
    }
    for (const auto& id : stream_ids) {
        StreamProgress s;
        s.id = id;
        const Stream* st = inv.find_stream(id);
        s.title = st != nullptr && !st->title.empty() ? st->title : (id.empty() ? "(no stream)" : id);
        report.streams.push_back(std::move(s));
    }
    for (const auto& p : report.packets) {
        switch (p.state) {
            case PacketState::done: ++m.completed; break;
            case PacketState::in_progress: ++m.active; break;
            case PacketState::blocked: ++m.blocked; break;
            case PacketState::pending: ++m.pending; break;
            case PacketState::paused: ++m.paused; break;
            case PacketState::dropped: ++m.dropped; break;
        }
        if (p.state != PacketState::done && p.last_verdict == "fail") ++m.failed;
        if (p.state == PacketState::dropped) continue;
        auto s = std::find_if(report.streams.begin(), report.streams.end(),
                              [&](const StreamProgress& x) { return x.id == p.stream; });
        const bool done = p.state == PacketState::done;
        s->total_hours += p.effort_hours;
        m.total_hours += p.effort_hours;
        ++s->packets_total;
        if (done) {
            s->done_hours += p.effort_hours;
            m.done_hours += p.effort_hours;
            ++s->packets_done;
        }
        if (p.state == PacketState::blocked) ++s->packets_blocked;
        if (p.state == PacketState::in_progress) ++s->packets_active;
    }
    std::erase_if(report.streams, [](const StreamProgress& s) { return s.packets_total == 0 && s.id.empty(); });
    if (m.total_hours > 0) {
        m.overall_percent = 100.0 * m.done_hours / m.total_hours;
    } else {
        const int live = static_cast<int>(report.packets.size()) - m.dropped;
        m.overall_percent = live > 0 ? 100.0 * m.completed / live : 0.0;
    }

    // Time and the seed's execution metrics.
    if (report.start)
        m.elapsed_days = std::max(0.0, static_cast<double>(options.now - midnight(*report.start)) / k_day);
    std::vector<WorkSpan> spans;
    for (const auto& p : report.packets) {
        if (!p.started || p.state == PacketState::dropped) continue;
        const long long end = p.completed.value_or(options.now);
        if (end > *p.started) m.work_packet_days += static_cast<double>(end - *p.started) / k_day;
        spans.emplace_back(*p.started, end);
        m.blocked_packet_days += p.blocked_days;
    }
    if (m.elapsed_days > 0 && m.lanes > 0) {
        // Utilisation counts every packet-day, so packets beyond the lanes push
        // it past 100 %; efficiency counts at most `lanes` packets at a time
        // inside the elapsed window, so it cannot.
        const double capacity = m.lanes * m.elapsed_days;
        m.parallel_utilisation = m.work_packet_days / capacity;
        m.parallel_efficiency =
            busy_lane_seconds(spans, m.lanes, midnight(*report.start), options.now) / k_day / capacity;
    }
    if (m.work_packet_days > 0) m.blocking_share = m.blocked_packet_days / m.work_packet_days;

    // Trends from the records inside the window.
    for (const auto& tr : records) {
        const HistoryRecord& r = *tr.record;
        if (r.time < options.since) continue;
        if (r.coverage.line_percent && first_parent.count(*tr.commit) > 0) {
            m.coverage.push_back({*tr.commit, r.time, *r.coverage.line_percent});
        }
        for (const auto& g : r.gates) {
            if (!counts_for_pass_rate(g.status)) continue;
            ++m.gate_results;
            if (g.status == "passed") ++m.gate_passes;
        }
        for (const auto& t : r.triggers) {
            if (!t.fired) continue;
            ++m.triggers_fired;
            auto it = std::find_if(m.triggers.begin(), m.triggers.end(),
                                   [&](const TriggerCount& c) { return c.when == t.when; });
            if (it == m.triggers.end()) it = m.triggers.insert(m.triggers.end(), TriggerCount{t.when, t.action, 0});
            ++it->fired;
        }
    }
    if (m.gate_results > 0) m.gate_pass_rate = static_cast<double>(m.gate_passes) / m.gate_results;
    return report;
}

Inventory remaining_work(const Inventory& inventory, const ProgressReport& report) {
    Inventory remaining = inventory;
    for (std::size_t i = 0; i < remaining.packets.size() && i < report.packets.size(); ++i) {
        if (report.packets[i].state == PacketState::done) remaining.packets[i].status = PacketStatus::done;
    }
    return remaining;
}

}  // namespace tollgate
