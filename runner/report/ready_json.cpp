#include "runner/report/ready_json.hpp"

#include "runner/core/json_writer.hpp"

namespace tollgate {

namespace {

void ready_packet(JsonWriter& w, const ReadyPacket& p) {
    w.begin_object();
    w.key("id").value(p.id);
    w.key("title").value(p.title);
    w.key("batch").value_or_null(p.batch);
    w.key("priority").value_or_null(p.priority);
    w.key("stream").value_or_null(p.stream);
    w.key("free_lanes").value_or_null(p.free_lanes);
    w.key("started").value(p.started);
    w.key("critical").value(p.critical);
    w.key("slack_hours").value(p.slack_hours);
    w.key("effort_hours").value(p.effort_hours);
    w.key("unblocks").value(p.unblocks);
    w.key("doc").value_or_null(p.doc);
    w.key("branches").value(p.branches);
    w.end_object();
}

void ready_stream(JsonWriter& w, const ReadyStream& s) {
    w.begin_object();
    w.key("id").value_or_null(s.id);
    w.key("title").value(s.title);
    w.key("agents").value_or_null(s.agents);
    w.key("in_progress").value(s.in_progress);
    w.key("free_lanes").value_or_null(s.free_lanes);
    w.end_object();
}

void ready_waiting(JsonWriter& w, const PacketReadiness& r) {
    w.begin_object();
    w.key("id").value(r.packet);
    w.key("state").value(json_name(r.state));
    w.key("started").value(r.started);
    w.key("reason").value(r.reason);
    w.key("waiting_on");
    w.begin_array();
    for (const auto& x : r.waiting_on) {
        w.begin_object();
        w.key("id").value(x.id);
        w.key("checkpoint").value(x.is_checkpoint);
        w.key("state").value(x.state);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

std::string render_ready_json(const ReadyList& list) {
    JsonWriter w;
    w.begin_object();
    w.key("version").value(list.version);
    w.key("verb").value("ready");
    w.key("project").value(list.project);
    w.key("base").value(list.base_ref);
    w.key("base_commit").value(list.base_commit);
    w.key("include_started").value(list.include_started);
    w.key("packets");
    w.begin_array();
    for (const auto& p : list.packets) ready_packet(w, p);
    w.end_array();
    w.key("streams");
    w.begin_array();
    for (const auto& s : list.streams) ready_stream(w, s);
    w.end_array();
    w.key("waiting");
    w.begin_array();
    for (const auto& r : list.waiting) ready_waiting(w, r);
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace tollgate
