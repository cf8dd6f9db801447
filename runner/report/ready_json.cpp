#include "runner/report/ready_json.hpp"

#include <nlohmann/json.hpp>

namespace tollgate {

namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson ready_or_null(const std::optional<int>& n) {
    return n ? OrderedJson(*n) : OrderedJson(nullptr);
}

OrderedJson ready_or_null(const std::string& s) {
    return s.empty() ? OrderedJson(nullptr) : OrderedJson(s);
}

}  // namespace

std::string render_ready_json(const ReadyList& list) {
    OrderedJson j;
    j["version"] = list.version;
    j["verb"] = "ready";
    j["project"] = list.project;
    j["base"] = list.base_ref;
    j["base_commit"] = list.base_commit;
    j["include_started"] = list.include_started;
    OrderedJson packets = OrderedJson::array();
    for (const auto& p : list.packets) {
        packets.push_back(OrderedJson{{"id", p.id},
                                      {"title", p.title},
                                      {"batch", ready_or_null(p.batch)},
                                      {"priority", ready_or_null(p.priority)},
                                      {"stream", ready_or_null(p.stream)},
                                      {"free_lanes", ready_or_null(p.free_lanes)},
                                      {"started", p.started},
                                      {"critical", p.critical},
                                      {"slack_hours", p.slack_hours},
                                      {"effort_hours", p.effort_hours},
                                      {"unblocks", p.unblocks},
                                      {"doc", ready_or_null(p.doc)},
                                      {"branches", p.branches}});
    }
    j["packets"] = std::move(packets);
    OrderedJson streams = OrderedJson::array();
    for (const auto& s : list.streams) {
        streams.push_back(OrderedJson{{"id", ready_or_null(s.id)},
                                      {"title", s.title},
                                      {"agents", ready_or_null(s.agents)},
                                      {"in_progress", s.in_progress},
                                      {"free_lanes", ready_or_null(s.free_lanes)}});
    }
    j["streams"] = std::move(streams);
    OrderedJson waiting = OrderedJson::array();
    for (const auto& w : list.waiting) {
        OrderedJson on = OrderedJson::array();
        for (const auto& x : w.waiting_on) {
            on.push_back(OrderedJson{{"id", x.id}, {"checkpoint", x.is_checkpoint}, {"state", x.state}});
        }
        waiting.push_back(OrderedJson{{"id", w.packet},
                                      {"state", json_name(w.state)},
                                      {"started", w.started},
                                      {"reason", w.reason},
                                      {"waiting_on", std::move(on)}});
    }
    j["waiting"] = std::move(waiting);
    return j.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

}  // namespace tollgate
