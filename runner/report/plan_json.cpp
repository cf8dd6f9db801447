#include "runner/report/plan_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tollgate {

namespace {

using Json = nlohmann::ordered_json;

/// Days with at most three decimals, so floating noise never reaches the output.
double days(double hours) { return std::round(hours / hours_per_day * 1000.0) / 1000.0; }

Json range_json(const HoursRange& hours) {
    return Json{{"low", days(hours.low)}, {"mid", days(hours.mid)}, {"high", days(hours.high)}};
}

Json date_or_null(const PlanResult& plan, int day) {
    return plan.start ? Json(date_of_day(*plan.start, day).str()) : Json(nullptr);
}

std::string status_name(PacketStatus status) {
    return status == PacketStatus::none ? "planned" : to_string(status);
}

Json packet_json(const PlanResult& plan, const PlannedPacket& p) {
    Json j{{"id", p.id},         {"title", p.title},   {"batch", p.batch},
           {"stream", p.stream}, {"status", status_name(p.status)}, {"wave", p.wave}};
    j["effort"] = p.effort ? Json{{"text", p.effort->text},
                                  {"low_hours", p.effort->low_hours},
                                  {"high_hours", p.effort->high_hours}}
                           : Json(nullptr);
    j["after"] = p.after;
    j["prefer_after"] = p.prefer_after;
    j["critical"] = p.critical;
    if (p.schedule) {
        const auto& s = *p.schedule;
        j["schedule"] = Json{{"start_day", s.start_day},
                             {"end_day", s.end_day},
                             {"start_date", date_or_null(plan, s.start_day)},
                             {"end_date", date_or_null(plan, s.end_day)},
                             {"start_hours", s.start_hours},
                             {"end_hours", s.end_hours},
                             {"pool", s.pool.empty() ? Json(nullptr) : Json(s.pool)},
                             {"lane", s.lane}};
    } else {
        j["schedule"] = nullptr;
    }
    return j;
}

Json checkpoint_json(const PlanResult& plan, const PlannedCheckpoint& c) {
    Json j{{"id", c.id},       {"title", c.title},     {"after", c.after},
           {"after_wave", c.after_wave}, {"blocker", c.blocker}, {"critical", c.critical}};
    j["due_day"] = c.due_day ? Json(*c.due_day) : Json(nullptr);
    j["due_date"] = c.due_date ? Json(c.due_date->str()) : Json(nullptr);
    j["ready_day"] = c.ready_day;
    j["ready_date"] = date_or_null(plan, c.ready_day);
    j["late"] = c.due_day ? Json(c.ready_day > *c.due_day) : Json(nullptr);
    j["gates"] = c.gates;
    j["criteria"] = c.criteria;
    return j;
}

}  // namespace

std::string render_plan_json(const PlanResult& plan) {
    Json waves = Json::array();
    for (const auto& wave : plan.waves) {
        Json ids = Json::array();
        for (std::size_t i : wave.packets) ids.push_back(plan.packets[i].id);
        waves.push_back(std::move(ids));
    }
    Json pools = Json::array();
    for (const auto& pool : plan.pools)
        pools.push_back(Json{{"stream", pool.name.empty() ? Json(nullptr) : Json(pool.name)},
                             {"lanes", pool.lanes}});
    Json packets = Json::array();
    for (const auto& p : plan.packets) packets.push_back(packet_json(plan, p));
    Json checkpoints = Json::array();
    for (const auto& c : plan.checkpoints) checkpoints.push_back(checkpoint_json(plan, c));

    Json body;
    body["project"] = plan.project;
    body["start"] = plan.start ? Json(plan.start->str()) : Json(nullptr);
    body["estimate"] = to_string(plan.estimate);
    body["hours_per_day"] = hours_per_day;
    body["waves"] = std::move(waves);
    body["critical_path"] = plan.critical_path;
    body["totals"] = Json{{"unit", "days"},
                          {"critical_path", range_json(plan.critical_hours)},
                          {"sequential", range_json(plan.sequential_hours)},
                          {"parallel", range_json(plan.parallel_hours)}};
    body["eta"] = plan.eta_day == 0 ? Json(nullptr)
                                    : Json{{"day", plan.eta_day}, {"date", date_or_null(plan, plan.eta_day)}};
    body["lanes"] = Json{{"total", plan.total_lanes}, {"source", plan.lanes_source}, {"pools", std::move(pools)}};
    body["packets"] = std::move(packets);
    body["checkpoints"] = std::move(checkpoints);
    body["dropped"] = plan.dropped;
    body["unestimated"] = plan.unestimated;
    body["notes"] = plan.notes;
    const Json doc{{"version", 1}, {"plan", std::move(body)}};
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace tollgate
