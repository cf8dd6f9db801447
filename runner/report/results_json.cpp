#include "runner/report/results_json.hpp"

#include <cmath>

namespace tollgate {

namespace {

// Seconds with millisecond precision, as a JSON number (not a string).
double seconds(Millis value) {
    return static_cast<double>(value.count()) / 1000.0;
}

nlohmann::json coverage_json(const std::optional<CoverageFigures>& coverage) {
    if (!coverage) return nullptr;
    nlohmann::json c = nlohmann::json::object();
    const auto put = [&](const char* key, const std::optional<double>& v) {
        c[key] = v ? nlohmann::json(*v) : nlohmann::json(nullptr);
    };
    put("line", coverage->line_percent);
    put("branch", coverage->branch_percent);
    put("patch", coverage->patch_percent);
    nlohmann::json uncovered = nlohmann::json::array();
    for (const auto& u : coverage->uncovered) {
        nlohmann::json ranges = nlohmann::json::array();
        for (const auto& [first, last] : u.ranges) ranges.push_back({first, last});
        uncovered.push_back({{"path", u.path}, {"ranges", ranges}});
    }
    c["uncovered"] = uncovered;
    return c;
}

nlohmann::json gate_json(const GateResult& g) {
    nlohmann::json metrics = nlohmann::json::object();
    for (const auto& [name, value] : g.metrics) {
        metrics[name] = std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
    }
    return {
        {"id", g.id},
        {"title", g.title},
        {"number", g.number},
        {"status", to_string(g.status)},
        {"exit_code", g.exit_code ? nlohmann::json(*g.exit_code) : nlohmann::json(nullptr)},
        {"duration_s", seconds(g.duration)},
        {"outcome", g.outcome},
        {"reason", g.reason},
        {"flaky", g.flaky},
        {"attempts", g.attempts},
        {"metrics", metrics},
        {"coverage", coverage_json(g.coverage)},
        {"labels", g.labels},
        {"packets", g.packets},
        {"checkpoints", g.checkpoints},
        {"output_bytes", g.output_bytes},
        {"output_tail",
         g.status == GateStatus::passed ? std::string() : utf8_tail(g.output, results_output_tail_limit)},
    };
}

}  // namespace

std::string utf8_tail(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t start = text.size() - limit;
    // Step over continuation bytes so the tail starts on a character.
    while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
    return text.substr(start);
}

nlohmann::json results_json(const RunResult& result) {
    nlohmann::json gates = nlohmann::json::array();
    for (const auto& g : result.gates) gates.push_back(gate_json(g));
    nlohmann::json summary = nlohmann::json::object();
    for (const auto status : {GateStatus::passed, GateStatus::failed, GateStatus::timeout, GateStatus::skipped,
                              GateStatus::error, GateStatus::manual, GateStatus::interrupted}) {
        summary[to_string(status)] = count_status(result, status);
    }
    summary["total"] = result.gates.size();
    nlohmann::json shard = nullptr;
    if (result.shard) shard = {{"index", result.shard->index}, {"count", result.shard->count}};
    const auto text_or_null = [](const std::string& s) {
        return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
    };
    return {
        {"version", result.version},
        {"verdict", to_string(result.verdict)},
        {"packet", text_or_null(result.packet)},
        {"base", text_or_null(result.base)},
        {"head", text_or_null(result.head)},
        {"interrupted", result.interrupted},
        {"duration_s", seconds(result.duration)},
        {"jobs", result.jobs},
        {"shard", shard},
        {"tollgate", TOLLGATE_VERSION},
        {"commit", text_or_null(result.commit)},
        {"inventory_digest", text_or_null(result.inventory_digest)},
        {"selected", result.selected},
        {"summary", summary},
        {"changed", nlohmann::json::array()},
        {"gates", gates},
        {"checkpoints", nlohmann::json::array()},
        {"triggers", nlohmann::json::array()},
    };
}

std::string render_gate_plan_json(const GatePlan& plan, int jobs) {
    std::vector<std::size_t> wave_of(plan.gates.size(), 0);
    const auto waves = plan_waves(plan);
    for (std::size_t w = 0; w < waves.size(); ++w) {
        for (const auto i : waves[w]) wave_of[i] = w + 1;
    }
    nlohmann::json gates = nlohmann::json::array();
    for (std::size_t i = 0; i < plan.gates.size(); ++i) {
        const PlannedGate& g = plan.gates[i];
        nlohmann::json needs = nlohmann::json::array();
        for (const auto n : g.needs) needs.push_back(plan.gates[n].gate->id);
        for (const auto& n : g.unknown_needs) needs.push_back(n);
        gates.push_back({
            {"id", g.gate->id},
            {"number", i + 1},
            {"wave", wave_of[i]},
            {"needs", needs},
            {"manual", g.gate->manual},
            {"requested", g.requested},
            {"timeout_s", g.gate->timeout ? nlohmann::json(seconds(*g.gate->timeout)) : nlohmann::json(nullptr)},
            {"retries", g.gate->retries},
        });
    }
    nlohmann::json shard = nullptr;
    if (plan.shard) shard = {{"index", plan.shard->index}, {"count", plan.shard->count}};
    const nlohmann::json doc = {
        {"version", 1}, {"jobs", jobs}, {"shard", shard}, {"other_shards", plan.other_shards}, {"gates", gates},
    };
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string render_results_json(const RunResult& result) {
    // Gate output is arbitrary bytes: replace invalid UTF-8 instead of throwing.
    return results_json(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace tollgate
