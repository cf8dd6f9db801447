#include "runner/schedule/results_reader.hpp"

#include "runner/core/error.hpp"
#include "runner/core/recorded_seconds.hpp"
#include "runner/core/text.hpp"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

namespace tollgate {

namespace {

using nlohmann::json;

class Reader {
public:
    explicit Reader(std::string name) : m_name(std::move(name)) {}

    [[noreturn]] void fail(const std::string& why) const {
        throw UsageError(printable(m_name) + ": not a tollgate results.json: " + why,
                         "pass the results.json files that 'tollgate run --report-dir DIR' wrote");
    }

    const json& field(const json& obj, const char* key, const std::string& where) const {
        const auto it = obj.find(key);
        if (it == obj.end()) fail(where + "'" + key + "' is missing");
        return *it;
    }
    std::string text(const json& obj, const char* key, const std::string& where = "") const {
        const json& v = field(obj, key, where);
        if (v.is_null()) return "";
        if (!v.is_string()) fail(where + "'" + key + "' is not a string");
        return v.get<std::string>();
    }
    long long integer(const json& obj, const char* key, const std::string& where = "") const {
        const json& v = field(obj, key, where);
        if (!v.is_number_integer()) fail(where + "'" + key + "' is not an integer");
        return v.get<long long>();
    }
    Millis millis(const json& obj, const char* key, const std::string& where = "") const {
        const json& v = field(obj, key, where);
        const auto ms = v.is_number() ? millis_from_seconds(v.get<double>()) : std::nullopt;
        if (!ms) fail(where + "'" + key + "' is not a duration in seconds");
        return *ms;
    }
    bool boolean(const json& obj, const char* key, const std::string& where = "") const {
        const json& v = field(obj, key, where);
        if (!v.is_boolean()) fail(where + "'" + key + "' is not true or false");
        return v.get<bool>();
    }
    std::vector<std::string> strings(const json& obj, const char* key, const std::string& where = "") const {
        const json& v = field(obj, key, where);
        if (!v.is_array()) fail(where + "'" + key + "' is not a list");
        std::vector<std::string> out;
        for (const auto& s : v) {
            if (!s.is_string()) fail(where + "'" + key + "' holds a non-string");
            out.push_back(s.get<std::string>());
        }
        return out;
    }

    GateStatus status(const std::string& s, const std::string& where) const {
        for (const auto st : {GateStatus::passed, GateStatus::failed, GateStatus::timeout, GateStatus::skipped,
                              GateStatus::error, GateStatus::manual, GateStatus::interrupted}) {
            if (to_string(st) == s) return st;
        }
        fail(where + "unknown status '" + s + "'");
    }

    GateResult gate(const json& g, std::size_t i) const {
        const std::string where = "gates[" + std::to_string(i) + "]: ";
        if (!g.is_object()) fail(where + "not an object");
        GateResult r;
        r.id = text(g, "id", where);
        if (r.id.empty()) fail(where + "empty 'id'");
        r.title = text(g, "title", where);
        r.number = static_cast<int>(integer(g, "number", where));
        r.status = status(text(g, "status", where), where);
        const json& code = field(g, "exit_code", where);
        if (code.is_number_integer()) r.exit_code = code.get<int>();
        else if (!code.is_null()) fail(where + "'exit_code' is not an integer");
        r.duration = millis(g, "duration_s", where);
        r.outcome = text(g, "outcome", where);
        r.reason = text(g, "reason", where);
        r.flaky = boolean(g, "flaky", where);
        r.attempts = static_cast<int>(integer(g, "attempts", where));
        const json& metrics = field(g, "metrics", where);
        if (!metrics.is_object()) fail(where + "'metrics' is not an object");
        for (const auto& [k, v] : metrics.items()) {
            // results.json writes a non-finite metric as null.
            r.metrics[k] = v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN();
        }
        const json& cov = field(g, "coverage", where);
        if (cov.is_object()) {
            CoverageFigures figures;
            const auto put = [&](const char* key, std::optional<double>& out) {
                const auto it = cov.find(key);
                if (it != cov.end() && it->is_number()) out = it->get<double>();
            };
            put("line", figures.line_percent);
            put("branch", figures.branch_percent);
            put("patch", figures.patch_percent);
            if (const auto it = cov.find("uncovered"); it != cov.end() && it->is_array()) {
                for (const auto& u : *it) {
                    if (!u.is_object()) fail(where + "'coverage.uncovered' holds a non-object");
                    UncoveredLines lines{text(u, "path", where), {}};
                    const json& ranges = field(u, "ranges", where);
                    if (!ranges.is_array()) fail(where + "'coverage.uncovered[].ranges' is not a list");
                    for (const auto& pair : ranges) {
                        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_integer() ||
                            !pair[1].is_number_integer()) {
                            fail(where + "a coverage range is not [first, last]");
                        }
                        lines.ranges.emplace_back(pair[0].get<int>(), pair[1].get<int>());
                    }
                    figures.uncovered.push_back(std::move(lines));
                }
            }
            r.coverage = figures;
        } else if (!cov.is_null()) {
            fail(where + "'coverage' is not an object");
        }
        r.labels = strings(g, "labels", where);
        r.packets = strings(g, "packets", where);
        r.checkpoints = strings(g, "checkpoints", where);
        r.output_bytes = static_cast<std::uint64_t>(integer(g, "output_bytes", where));
        r.output = text(g, "output_tail", where);
        return r;
    }

private:
    std::string m_name;
};

}  // namespace

LoadedResults parse_results_json(std::string_view text, const std::string& name) {
    const Reader read(name);
    LoadedResults out;
    out.name = name;
    out.document = json::parse(text, nullptr, false);
    const json& doc = out.document;
    if (doc.is_discarded()) read.fail("invalid JSON");
    if (!doc.is_object()) read.fail("not a JSON object");
    RunResult& r = out.run;
    r.version = static_cast<int>(read.integer(doc, "version"));
    if (r.version != 1) read.fail("version " + std::to_string(r.version) + " (this tollgate reads version 1)");
    const std::string verdict = read.text(doc, "verdict");
    if (verdict != "pass" && verdict != "fail") read.fail("'verdict' is neither pass nor fail");
    r.verdict = verdict == "pass" ? Verdict::pass : Verdict::fail;
    r.packet = read.text(doc, "packet");
    r.base = read.text(doc, "base");
    r.head = read.text(doc, "head");
    r.interrupted = read.boolean(doc, "interrupted");
    r.duration = read.millis(doc, "duration_s");
    r.jobs = static_cast<int>(read.integer(doc, "jobs"));
    const json& shard = read.field(doc, "shard", "");
    if (shard.is_object()) {
        const long long index = read.integer(shard, "index", "shard: ");
        const long long count = read.integer(shard, "count", "shard: ");
        // As --shard K/N takes them (parse_shard): 1 <= K <= N, ints.
        if (count < 1 || count > std::numeric_limits<int>::max() || index < 1 || index > count) {
            read.fail("'shard' is not {index: K, count: N} with 1 <= K <= N");
        }
        r.shard = Shard{static_cast<int>(index), static_cast<int>(count)};
    } else if (!shard.is_null()) {
        read.fail("'shard' is not an object");
    }
    // Written since merge-results exists; older files simply lack them.
    if (doc.contains("commit")) r.commit = read.text(doc, "commit");
    if (doc.contains("inventory_digest")) r.inventory_digest = read.text(doc, "inventory_digest");
    if (doc.contains("selected")) r.selected = read.strings(doc, "selected");
    const json& gates = read.field(doc, "gates", "");
    if (!gates.is_array()) read.fail("'gates' is not a list");
    for (std::size_t i = 0; i < gates.size(); ++i) r.gates.push_back(read.gate(gates[i], i));
    return out;
}

LoadedResults read_results_json(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw EnvironmentError("cannot read '" + printable(path) + "': " + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    return parse_results_json(text.str(), path);
}

}  // namespace tollgate
