#include "runner/report/plan_json.hpp"

#include "runner/core/json_writer.hpp"

#include <cmath>

namespace tollgate {

namespace {

/// Days with at most three decimals, so floating noise never reaches the output.
double days(double hours) {
    return std::round(hours / hours_per_day * 1000.0) / 1000.0;
}

void range(JsonWriter& w, const HoursRange& hours) {
    w.begin_object();
    w.key("low").value(days(hours.low));
    w.key("mid").value(days(hours.mid));
    w.key("high").value(days(hours.high));
    w.end_object();
}

void date_or_null(JsonWriter& w, const PlanResult& plan, int day) {
    if (plan.start) w.value(date_of_day(*plan.start, day).str());
    else w.null();
}

void string_or_null(JsonWriter& w, const std::string& text) {
    if (text.empty()) w.null();
    else w.value(text);
}

void packet(JsonWriter& w, const PlanResult& plan, const PlannedPacket& p) {
    w.begin_object();
    w.key("id").value(p.id);
    w.key("title").value(p.title);
    w.key("batch").value(p.batch);
    w.key("stream").value(p.stream);
    w.key("status").value(p.status == PacketStatus::none ? std::string("planned") : to_string(p.status));
    w.key("wave").value(p.wave);
    w.key("effort");
    if (p.effort) {
        w.begin_object();
        w.key("text").value(p.effort->text);
        w.key("low_hours").value(p.effort->low_hours);
        w.key("high_hours").value(p.effort->high_hours);
        w.end_object();
    } else {
        w.null();
    }
    w.key("after").value(p.after);
    w.key("prefer_after").value(p.prefer_after);
    w.key("critical").value(p.critical);
    w.key("schedule");
    if (p.schedule) {
        const auto& s = *p.schedule;
        w.begin_object();
        w.key("start_day").value(s.start_day);
        w.key("end_day").value(s.end_day);
        w.key("start_date");
        date_or_null(w, plan, s.start_day);
        w.key("end_date");
        date_or_null(w, plan, s.end_day);
        w.key("start_hours").value(s.start_hours);
        w.key("end_hours").value(s.end_hours);
        w.key("pool");
        string_or_null(w, s.pool);
        w.key("lane").value(s.lane);
        w.end_object();
    } else {
        w.null();
    }
    w.end_object();
}

void checkpoint(JsonWriter& w, const PlanResult& plan, const PlannedCheckpoint& c) {
    w.begin_object();
    w.key("id").value(c.id);
    w.key("title").value(c.title);
    w.key("after").value(c.after);
    w.key("after_wave").value(c.after_wave);
    w.key("blocker").value(c.blocker);
    w.key("critical").value(c.critical);
    w.key("due_day").value_or_null(c.due_day);
    w.key("due_date").value_or_null(c.due_date, &CivilDate::str);
    w.key("ready_day").value(c.ready_day);
    w.key("ready_date");
    date_or_null(w, plan, c.ready_day);
    w.key("late");
    if (c.due_day) w.value(c.ready_day > *c.due_day);
    else w.null();
    w.key("gates").value(c.gates);
    w.key("criteria").value(c.criteria);
    w.end_object();
}

void totals_and_eta(JsonWriter& w, const PlanResult& plan) {
    w.key("totals").begin_object();
    w.key("unit").value("days");
    w.key("critical_path");
    range(w, plan.critical_hours);
    w.key("sequential");
    range(w, plan.sequential_hours);
    w.key("parallel");
    range(w, plan.parallel_hours);
    w.end_object();
    w.key("eta");
    if (plan.eta_day == 0) {
        w.null();
    } else {
        w.begin_object();
        w.key("day").value(plan.eta_day);
        w.key("date");
        date_or_null(w, plan, plan.eta_day);
        w.end_object();
    }
}

void lanes(JsonWriter& w, const PlanResult& plan) {
    w.key("lanes").begin_object();
    w.key("total").value(plan.total_lanes);
    w.key("source").value(plan.lanes_source);
    w.key("pools").begin_array();
    for (const auto& pool : plan.pools) {
        w.begin_object();
        w.key("stream");
        string_or_null(w, pool.name);
        w.key("lanes").value(pool.lanes);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

std::string render_plan_json(const PlanResult& plan) {
    JsonWriter w;
    w.begin_object();
    w.key("version").value(1);
    w.key("plan").begin_object();
    w.key("project").value(plan.project);
    w.key("start").value_or_null(plan.start, &CivilDate::str);
    w.key("estimate").value(to_string(plan.estimate));
    w.key("hours_per_day").value(hours_per_day);
    w.key("waves").begin_array();
    for (const auto& wave : plan.waves) {
        w.begin_array();
        for (std::size_t i : wave.packets) w.value(plan.packets[i].id);
        w.end_array();
    }
    w.end_array();
    w.key("critical_path").value(plan.critical_path);
    totals_and_eta(w, plan);
    lanes(w, plan);
    w.key("packets").begin_array();
    for (const auto& p : plan.packets) packet(w, plan, p);
    w.end_array();
    w.key("checkpoints").begin_array();
    for (const auto& c : plan.checkpoints) checkpoint(w, plan, c);
    w.end_array();
    w.key("dropped").value(plan.dropped);
    w.key("unestimated").value(plan.unestimated);
    w.key("notes").value(plan.notes);
    w.end_object();
    w.end_object();
    return w.str();
}

}  // namespace tollgate
