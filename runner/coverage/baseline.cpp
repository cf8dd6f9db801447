#include "runner/coverage/baseline.hpp"

#include "runner/core/text.hpp"
#include "runner/coverage/mapped_file.hpp"
#include "runner/coverage/report_input.hpp"

#include <nlohmann/json.hpp>

namespace tollgate {

namespace {

using Json = nlohmann::json;

std::optional<CoverageCounts> counts_in(const Json& j) {
    if (!j.is_object()) return std::nullopt;
    const auto covered = j.find("covered");
    const auto total = j.find("total");
    if (covered == j.end() || total == j.end() || !covered->is_number_unsigned() || !total->is_number_unsigned()) {
        return std::nullopt;
    }
    CoverageCounts c{covered->get<std::uint64_t>(), total->get<std::uint64_t>()};
    if (c.covered > c.total) return std::nullopt;
    return c;
}

// The "totals" object of a coverage JSON, or of its "coverage" member.
const Json* totals_in(const Json& j) {
    if (!j.is_object()) return nullptr;
    if (const auto t = j.find("totals"); t != j.end() && t->is_object()) return &*t;
    if (const auto c = j.find("coverage"); c != j.end()) return totals_in(*c);
    return nullptr;
}

CoverageBaseline from_totals(const Json& totals, const std::string& origin) {
    const auto lines = totals.find("lines");
    const auto counts = lines == totals.end() ? std::nullopt : counts_in(*lines);
    if (!counts) {
        throw ReportError(SourceLocation{origin, 0, 0},
                          "baseline has no \"lines\": {\"covered\", \"total\"} under \"totals\"");
    }
    CoverageBaseline b{counts, std::nullopt, std::nullopt, origin, {}, {}};
    if (const auto br = totals.find("branches"); br != totals.end()) b.branches = counts_in(*br);
    return b;
}

// results.json as the run verbs write it: "coverage": {"line": 80.0, "branch": …, "patch": …}.
std::optional<CoverageBaseline> from_figures(const Json& gate, const std::string& origin) {
    const auto coverage = gate.find("coverage");
    if (coverage == gate.end() || !coverage->is_object()) return std::nullopt;
    const auto line = coverage->find("line");
    if (line == coverage->end() || !line->is_number()) return std::nullopt;
    const auto percent = Percent::from_double(line->get<double>());
    if (!percent) return std::nullopt;
    return CoverageBaseline{std::nullopt, percent, std::nullopt, origin, {}, {}};
}

}  // namespace

CoverageBaseline parse_baseline(std::string_view json, const std::string& origin, const std::string& gate_id) {
    const Json doc = Json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded()) throw ReportError(SourceLocation{origin, 0, 0}, "baseline is not valid JSON");
    if (const Json* totals = totals_in(doc)) return from_totals(*totals, origin);
    const auto gates = doc.is_object() ? doc.find("gates") : doc.end();
    if (gates == doc.end() || !gates->is_array()) {
        throw ReportError(SourceLocation{origin, 0, 0},
                          "baseline holds no coverage figures (expected \"totals\" or gates[].coverage)");
    }
    std::vector<const Json*> with_coverage;
    std::vector<std::string> ids;
    for (const auto& gate : *gates) {
        if (!gate.is_object() || (totals_in(gate) == nullptr && !from_figures(gate, origin))) continue;
        const std::string id = gate.value("id", std::string{});
        if (!gate_id.empty() && id != gate_id) continue;
        with_coverage.push_back(&gate);
        ids.push_back(id);
    }
    if (with_coverage.empty()) {
        throw ReportError(SourceLocation{origin, 0, 0},
                          gate_id.empty() ? "baseline has no gate with coverage figures"
                                          : "baseline has no coverage figures for gate '" + gate_id + "'");
    }
    if (with_coverage.size() > 1) {
        throw ReportError(SourceLocation{origin, 0, 0},
                          "baseline holds coverage of several gates (" + join(ids, ", ") + "); cannot tell which");
    }
    if (const Json* totals = totals_in(*with_coverage.front())) return from_totals(*totals, origin);
    return *from_figures(*with_coverage.front(), origin);
}

CoverageBaseline load_baseline(const std::filesystem::path& path, const std::string& gate_id) {
    const MappedFile file(path, "baseline");
    return parse_baseline(file.text(), path.string(), gate_id);
}

}  // namespace tollgate
