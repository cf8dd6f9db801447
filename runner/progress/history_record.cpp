#include "runner/progress/history_record.hpp"

#include "runner/core/json_writer.hpp"
#include "runner/core/text.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ctime>

namespace tollgate {

namespace {

using Json = nlohmann::json;

std::string safe(std::string_view text) {
    return is_valid_utf8(text) ? std::string(text) : printable(text);
}

void write_figures(JsonWriter& w, const CoverageFigures& c) {
    w.begin_object();
    if (c.line_percent) w.key("line").value(*c.line_percent);
    if (c.branch_percent) w.key("branch").value(*c.branch_percent);
    if (c.patch_percent) w.key("patch").value(*c.patch_percent);
    w.end_object();
}

std::optional<double> number_at(const Json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number()) return std::nullopt;
    const double v = it->get<double>();
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

CoverageFigures figures_from(const Json& j) {
    CoverageFigures c;
    if (!j.is_object()) return c;
    c.line_percent = number_at(j, "line");
    c.branch_percent = number_at(j, "branch");
    c.patch_percent = number_at(j, "patch");
    return c;
}

std::string string_at(const Json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const Json* array_at(const Json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_array() ? &*it : nullptr;
}

}  // namespace

std::string iso_utc(long long seconds) {
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    const std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return std::string(buf, n);
}

HistoryRecord record_from_run(const RunResult& result, long long time, std::string kind) {
    HistoryRecord r;
    r.kind = std::move(kind);
    r.time = time;
    r.verdict = to_string(result.verdict);
    r.packet = result.packet;
    bool have_coverage = false;
    for (const auto& g : result.gates) {
        RecordedGate out;
        out.id = g.id;
        out.status = to_string(g.status);
        out.duration_s = static_cast<double>(g.duration.count()) / 1000.0;
        out.coverage = g.coverage;
        if (g.coverage && g.coverage->line_percent && !have_coverage) {
            r.coverage = *g.coverage;
            have_coverage = true;
        }
        r.gates.push_back(std::move(out));
    }
    return r;
}

std::string to_json_line(const HistoryRecord& r) {
    // One line (JSON Lines in a note), keys sorted: the form notes have always had.
    JsonWriter w(JsonWriter::Layout::compact, JsonWriter::KeyOrder::sorted);
    w.begin_object();
    w.key("version").value(r.version);
    w.key("tool").value(r.tool);
    w.key("kind").value(safe(r.kind));
    w.key("time").value(iso_utc(r.time));
    w.key("time_unix").value(r.time);
    w.key("verdict").value(safe(r.verdict));
    w.key("packet").value(safe(r.packet));
    w.key("gates").begin_array();
    for (const auto& g : r.gates) {
        w.begin_object();
        w.key("id").value(safe(g.id));
        w.key("status").value(safe(g.status));
        w.key("duration_s").value(g.duration_s);
        if (g.coverage) {
            w.key("coverage");
            write_figures(w, *g.coverage);
        }
        w.end_object();
    }
    w.end_array();
    w.key("coverage");
    write_figures(w, r.coverage);
    w.key("checkpoints").begin_array();
    for (const auto& c : r.checkpoints) {
        w.begin_object();
        w.key("id").value(safe(c.id));
        w.key("status").value(safe(c.status));
        w.end_object();
    }
    w.end_array();
    w.key("triggers").begin_array();
    for (const auto& t : r.triggers) {
        w.begin_object();
        w.key("when").value(safe(t.when));
        w.key("action").value(safe(t.action));
        w.key("fired").value(t.fired);
        if (t.value) w.key("value").value(*t.value);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
}

RecordLine parse_record_line(std::string_view line) {
    RecordLine out;
    const Json j = Json::parse(line.begin(), line.end(), nullptr, false);
    if (j.is_discarded()) {
        out.problem = "not valid JSON";
        return out;
    }
    if (!j.is_object() || string_at(j, "tool") != "tollgate") {
        out.problem = "not a tollgate record (no \"tool\": \"tollgate\")";
        return out;
    }
    const auto version = j.find("version");
    if (version == j.end() || !version->is_number_integer()) {
        out.problem = "record has no integer \"version\"";
        return out;
    }
    const auto v = version->get<long long>();
    if (v > k_history_record_version) {
        out.newer = true;
        out.problem = "written by a newer tollgate (record version " + std::to_string(v) +
                      "; this tollgate reads version " + std::to_string(k_history_record_version) +
                      "): upgrade tollgate to read it";
        return out;
    }
    if (v < 1) {
        out.problem = "record version " + std::to_string(v) + " is not valid";
        return out;
    }
    const auto time = j.find("time_unix");
    if (time == j.end() || !time->is_number_integer()) {
        out.problem = "record has no integer \"time_unix\"";
        return out;
    }
    HistoryRecord r;
    r.version = static_cast<int>(v);
    r.kind = string_at(j, "kind");
    r.time = time->get<long long>();
    r.verdict = string_at(j, "verdict");
    r.packet = string_at(j, "packet");
    if (const auto c = j.find("coverage"); c != j.end()) r.coverage = figures_from(*c);
    if (const Json* gates = array_at(j, "gates")) {
        for (const auto& g : *gates) {
            if (!g.is_object()) continue;
            RecordedGate rg;
            rg.id = string_at(g, "id");
            rg.status = string_at(g, "status");
            rg.duration_s = number_at(g, "duration_s").value_or(0.0);
            if (const auto c = g.find("coverage"); c != g.end() && c->is_object()) rg.coverage = figures_from(*c);
            r.gates.push_back(std::move(rg));
        }
    }
    if (const Json* cps = array_at(j, "checkpoints")) {
        for (const auto& c : *cps) {
            if (c.is_object()) r.checkpoints.push_back({string_at(c, "id"), string_at(c, "status")});
        }
    }
    if (const Json* trs = array_at(j, "triggers")) {
        for (const auto& t : *trs) {
            if (!t.is_object()) continue;
            const auto fired = t.find("fired");
            r.triggers.push_back({string_at(t, "when"), string_at(t, "action"),
                                  fired != t.end() && fired->is_boolean() && fired->get<bool>(),
                                  number_at(t, "value")});
        }
    }
    out.record = std::move(r);
    return out;
}

}  // namespace tollgate
