#include "runner/report/progress_json.hpp"

#include "runner/core/json_writer.hpp"
#include "runner/progress/history_record.hpp"

#include <cmath>

namespace tollgate {

namespace {

double round4(double v) {
    return std::round(v * 10000.0) / 10000.0;
}

void time_or_null(JsonWriter& w, const char* key, const std::optional<long long>& t) {
    w.key(key);
    if (t) {
        w.value(iso_utc(*t));
    } else {
        w.null();
    }
}

void number_or_null(JsonWriter& w, const char* key, const std::optional<double>& v) {
    w.key(key);
    if (v) {
        w.value(round4(*v));
    } else {
        w.null();
    }
}

void metrics(JsonWriter& w, const ProgressMetrics& m) {
    w.key("metrics").begin_object();
    w.key("overall_percent").value(round4(m.overall_percent));
    w.key("done_hours").value(round4(m.done_hours));
    w.key("total_hours").value(round4(m.total_hours));
    w.key("elapsed_days").value(round4(m.elapsed_days));
    w.key("remaining_hours").value(round4(m.remaining_hours));
    w.key("critical_path_hours").value(round4(m.critical_hours));
    w.key("eta");
    if (m.eta) {
        w.value(m.eta->str());
    } else {
        w.null();
    }
    w.key("counts").begin_object();
    w.key("active").value(m.active);
    w.key("completed").value(m.completed);
    w.key("blocked").value(m.blocked);
    w.key("failed").value(m.failed);
    w.key("pending").value(m.pending);
    w.key("paused").value(m.paused);
    w.key("dropped").value(m.dropped);
    w.end_object();
    w.key("lanes").value(m.lanes);
    w.key("work_packet_days").value(round4(m.work_packet_days));
    number_or_null(w, "parallel_efficiency", m.parallel_efficiency);
    number_or_null(w, "parallel_utilisation", m.parallel_utilisation);
    w.key("blocked_packet_days").value(round4(m.blocked_packet_days));
    number_or_null(w, "blocking_time", m.blocking_share);
    w.key("lines_added").value(m.lines_added);
    w.key("lines_rewritten").value(m.lines_rewritten);
    number_or_null(w, "rework_rate", m.rework_rate);
    w.key("coverage_trend").begin_array();
    for (const auto& c : m.coverage) {
        w.begin_object();
        w.key("commit").value(c.commit);
        w.key("time").value(iso_utc(c.time));
        w.key("line").value(round4(c.line));
        w.end_object();
    }
    w.end_array();
    w.key("gate_results").value(m.gate_results);
    w.key("gate_passes").value(m.gate_passes);
    number_or_null(w, "gate_pass_rate", m.gate_pass_rate);
    w.key("triggers_fired").value(m.triggers_fired);
    w.key("triggers").begin_array();
    for (const auto& t : m.triggers) {
        w.begin_object();
        w.key("when").value(t.when);
        w.key("action").value(t.action);
        w.key("fired").value(t.fired);
        w.end_object();
    }
    w.end_array();
    w.key("overdue_checkpoints").value(m.overdue_checkpoints);
    w.end_object();
}

void packet(JsonWriter& w, const PacketProgress& p) {
    w.begin_object();
    w.key("id").value(p.id);
    w.key("title").value(p.title);
    w.key("stream").value(p.stream);
    w.key("batch").value(p.batch);
    w.key("status").value(json_name(p.state));
    w.key("why").value(p.why);
    time_or_null(w, "started", p.started);
    time_or_null(w, "completed", p.completed);
    number_or_null(w, "effort_hours", p.has_effort ? std::optional<double>(p.effort_hours) : std::nullopt);
    w.key("commits_landed").value(p.commits_landed);
    w.key("commits_unmerged").value(p.commits_unmerged);
    w.key("unmerged_branches").value(p.unmerged_branches);
    w.key("after").value(p.after);
    w.key("waiting_on").value(p.waiting_on);
    w.key("blocked_days").value(round4(p.blocked_days));
    w.key("lines_added").value(p.lines_added);
    w.key("lines_rewritten").value(p.lines_rewritten);
    w.key("last_verdict");
    if (p.last_verdict.empty()) {
        w.null();
    } else {
        w.value(p.last_verdict);
    }
    number_or_null(w, "planned_start_day", p.planned_start_day);
    number_or_null(w, "planned_end_day", p.planned_end_day);
    w.end_object();
}

}  // namespace

std::string render_progress_json(const ProgressReport& r) {
    JsonWriter w;
    w.begin_object();
    w.key("version").value(r.version);
    w.key("project").value(r.project);
    w.key("base").begin_object();
    w.key("ref").value(r.base_ref);
    w.key("commit").value(r.base_commit);
    w.end_object();
    w.key("today").value(r.today.str());
    w.key("since").value(iso_utc(r.since));
    w.key("start");
    if (r.start) {
        w.value(r.start->str());
    } else {
        w.null();
    }
    w.key("records_read").value(r.records_read);
    metrics(w, r.metrics);
    w.key("streams").begin_array();
    for (const auto& s : r.streams) {
        w.begin_object();
        w.key("id").value(s.id);
        w.key("title").value(s.title);
        w.key("percent").value(round4(s.percent()));
        w.key("done_hours").value(round4(s.done_hours));
        w.key("total_hours").value(round4(s.total_hours));
        w.key("packets_done").value(s.packets_done);
        w.key("packets_total").value(s.packets_total);
        w.key("label").value(s.label());
        w.end_object();
    }
    w.end_array();
    w.key("packets").begin_array();
    for (const auto& p : r.packets) packet(w, p);
    w.end_array();
    w.key("checkpoints").begin_array();
    for (const auto& c : r.checkpoints) {
        w.begin_object();
        w.key("id").value(c.id);
        w.key("title").value(c.title);
        w.key("status").value(to_string(c.state));
        w.key("blocker").value(c.blocker);
        w.key("due");
        if (c.due) {
            w.value(c.due->str());
        } else {
            w.null();
        }
        time_or_null(w, "decided_at", c.decided_at);
        w.key("decided_on").value(c.decided_on);
        w.key("gates").value(c.gates);
        w.key("criteria").value(c.criteria);
        w.end_object();
    }
    w.end_array();
    w.key("notes").value(r.notes);
    w.end_object();
    return w.str() + "\n";
}

}  // namespace tollgate
