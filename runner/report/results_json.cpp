#include "runner/report/results_json.hpp"

namespace tollgate {

namespace {

// Seconds with millisecond precision, as a JSON number (not a string).
double seconds(Millis value) {
    return static_cast<double>(value.count()) / 1000.0;
}

void write_coverage(JsonWriter& w, const std::optional<CoverageFigures>& coverage) {
    if (!coverage) {
        w.null();
        return;
    }
    w.begin_object();
    w.key("line");
    w.value_or_null(coverage->line_percent);
    w.key("branch");
    w.value_or_null(coverage->branch_percent);
    w.key("patch");
    w.value_or_null(coverage->patch_percent);
    w.key("uncovered").begin_array();
    for (const auto& u : coverage->uncovered) {
        w.begin_object();
        w.key("path").value(u.path);
        w.key("ranges").begin_array();
        for (const auto& [first, last] : u.ranges) {
            w.begin_array();
            w.value(first);
            w.value(last);
            w.end_array();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

void write_gate(JsonWriter& w, const GateResult& g) {
    w.begin_object();
    w.key("id").value(g.id);
    w.key("title").value(g.title);
    w.key("number").value(g.number);
    w.key("status").value(to_string(g.status));
    w.key("exit_code").value_or_null(g.exit_code);
    w.key("duration_s").value(seconds(g.duration));
    w.key("outcome").value(g.outcome);
    w.key("reason").value(g.reason);
    w.key("flaky").value(g.flaky);
    w.key("attempts").value(g.attempts);
    w.key("metrics").begin_object();
    for (const auto& [name, value] : g.metrics) w.key(name).value(value);  // null when not finite
    w.end_object();
    w.key("coverage");
    write_coverage(w, g.coverage);
    w.key("labels").value(g.labels);
    w.key("packets").value(g.packets);
    w.key("checkpoints").value(g.checkpoints);
    w.key("output_bytes").value(g.output_bytes);
    w.key("output_tail");
    if (g.status == GateStatus::passed) w.value(std::string_view());
    else w.value(utf8_tail(g.output, results_output_tail_limit));
    w.end_object();
}

void write_shard(JsonWriter& w, const std::optional<Shard>& shard) {
    if (!shard) {
        w.null();
        return;
    }
    w.begin_object();
    w.key("index").value(shard->index);
    w.key("count").value(shard->count);
    w.end_object();
}

}  // namespace

std::string utf8_tail(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t start = text.size() - limit;
    // Step over continuation bytes so the tail starts on a character.
    while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
    return text.substr(start);
}

void write_results_members(JsonWriter& w, const RunResult& result, ResultsMembers which) {
    if (which == ResultsMembers::run) {
        w.key("version").value(result.version);
        w.key("verdict").value(to_string(result.verdict));
        w.key("packet").value_or_null(result.packet);
        w.key("base").value_or_null(result.base);
        w.key("head").value_or_null(result.head);
        w.key("changed").begin_array();
        w.end_array();
        w.key("checkpoints").begin_array();
        w.end_array();
        w.key("triggers").begin_array();
        w.end_array();
    }
    w.key("interrupted").value(result.interrupted);
    w.key("duration_s").value(seconds(result.duration));
    w.key("jobs").value(result.jobs);
    w.key("shard");
    write_shard(w, result.shard);
    w.key("tollgate").value(TOLLGATE_VERSION);
    w.key("commit").value_or_null(result.commit);
    w.key("inventory_digest").value_or_null(result.inventory_digest);
    w.key("selected").value(result.selected);
    w.key("summary").begin_object();
    for (const auto status : {GateStatus::passed, GateStatus::failed, GateStatus::timeout, GateStatus::skipped,
                              GateStatus::error, GateStatus::manual, GateStatus::interrupted}) {
        w.key(to_string(status)).value(count_status(result, status));
    }
    w.key("total").value(result.gates.size());
    w.end_object();
    w.key("gates").begin_array();
    for (const auto& g : result.gates) write_gate(w, g);
    w.end_array();
}

std::string render_gate_plan_json(const GatePlan& plan, int jobs) {
    std::vector<std::size_t> wave_of(plan.gates.size(), 0);
    const auto waves = plan_waves(plan);
    for (std::size_t w = 0; w < waves.size(); ++w) {
        for (const auto i : waves[w]) wave_of[i] = w + 1;
    }
    JsonWriter w(JsonWriter::Layout::pretty, JsonWriter::KeyOrder::sorted);
    w.begin_object();
    w.key("version").value(1);
    w.key("jobs").value(jobs);
    w.key("shard");
    write_shard(w, plan.shard);
    w.key("other_shards").value(plan.other_shards);
    w.key("gates").begin_array();
    for (std::size_t i = 0; i < plan.gates.size(); ++i) {
        const PlannedGate& g = plan.gates[i];
        w.begin_object();
        w.key("id").value(g.gate->id);
        w.key("number").value(i + 1);
        w.key("wave").value(wave_of[i]);
        w.key("needs").begin_array();
        for (const auto n : g.needs) w.value(plan.gates[n].gate->id);
        for (const auto& n : g.unknown_needs) w.value(n);
        w.end_array();
        w.key("manual").value(g.gate->manual);
        w.key("requested").value(g.requested);
        w.key("timeout_s");
        if (g.gate->timeout) w.value(seconds(*g.gate->timeout));
        else w.null();
        w.key("retries").value(g.gate->retries);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
}

std::string render_results_json(const RunResult& result) {
    // Gate output is arbitrary bytes: the writer replaces invalid UTF-8.
    JsonWriter w(JsonWriter::Layout::pretty, JsonWriter::KeyOrder::sorted);
    w.begin_object();
    write_results_members(w, result);
    w.end_object();
    return w.take();
}

}  // namespace tollgate
