#include "gates/coverage_gate.hpp"

#include "gates/command_gate.hpp"
#include "runner/core/error.hpp"
#include "runner/coverage/coverage_text.hpp"
#include "runner/git/repository.hpp"
#include "runner/git/tracked_files.hpp"
#include "runner/zones/zone_map.hpp"

#include <filesystem>
#include <memory>

namespace tollgate {

namespace {

std::optional<Percent> percent_of(const std::optional<double>& value) {
    if (!value) return std::nullopt;
    return Percent::from_double(*value);
}

std::optional<double> figure(const CoverageCounts& counts) {
    const auto h = percent_hundredths(counts);
    if (!h) return std::nullopt;
    return static_cast<double>(*h) / 100.0;
}

CoverageFigures figures_of(const CoverageResult& result) {
    CoverageFigures f;
    f.line_percent = figure(result.totals.lines);
    f.branch_percent = figure(result.totals.branches);
    if (result.patch) {
        f.patch_percent = result.patch->no_coverable_lines() ? 100.0 : *figure(result.patch->lines);
        for (const auto& file : result.patch->files) {
            if (file.uncovered.empty()) continue;
            UncoveredLines u{file.path, {}};
            for (const auto& r : file.uncovered) u.ranges.emplace_back(r.first, r.last);
            f.uncovered.push_back(std::move(u));
        }
    }
    return f;
}

std::string failed_checks(const CoverageResult& result) {
    std::string out;
    for (const auto& c : result.checks) {
        if (c.passed) continue;
        if (!out.empty()) out += "; ";
        if (c.name == "no-drop" && c.note.empty() && (c.baseline || c.baseline_percent)) {
            // One line a person can act on: both figures and where the old one is from.
            out += "no-drop: lines " + describe_counts(c.actual) + " < " +
                   (c.baseline ? describe_counts(*c.baseline) : c.baseline_percent->text + " %") +
                   (c.baseline_source.empty() ? std::string{} : " recorded in " + c.baseline_source);
            continue;
        }
        out += c.name + (c.required ? " " + c.required->text + " %" : std::string{}) + ": " +
               (c.note.empty() ? describe_counts(c.actual) : c.note);
    }
    return out;
}

}  // namespace

CoverageRequest coverage_request_for(const GateContext& context, const CoverageGateInputs& inputs) {
    const CoverageSpec& spec = *context.gate.coverage;
    CoverageRequest request;
    const std::filesystem::path cwd = command_spec(context).cwd;
    const std::filesystem::path report = spec.report.value;
    request.reports = {(report.is_absolute() || cwd.empty() ? report : cwd / report).lexically_normal().string()};
    request.format = spec.format;
    request.policy.min = percent_of(spec.min);
    request.policy.branch_min = percent_of(spec.branch_min);
    request.policy.patch_min = percent_of(spec.patch_min);
    request.policy.no_drop = spec.no_drop;
    request.path_maps = inputs.path_maps;
    if (spec.no_drop && inputs.baseline) request.baseline = inputs.baseline(context.gate);
    if (spec.patch_min) request.change = inputs.change;
    // `packets:` replaces `min` for the change's packet.
    for (const auto& [packet, min] : spec.packet_min) {
        if (!context.packet.empty() && packet.value == context.packet) request.policy.min = percent_of(min);
    }
    if (!spec.zone_min.empty()) {
        // A check shares its zone map; `run` and `coverage` compile one here.
        std::shared_ptr<const ZoneMap> zones =
            inputs.zones != nullptr ? std::shared_ptr<const ZoneMap>(std::shared_ptr<const ZoneMap>(), inputs.zones)
                                    : std::make_shared<const ZoneMap>(context.inventory);
        for (const auto& [name, min] : spec.zone_min) {
            const auto required = percent_of(min);
            if (!required) continue;
            request.scopes.push_back(
                CoverageScope{"zone " + name.value, *required, [zones, zone = name.value](const std::string& path) {
                                  const auto m = zones->match(path);
                                  return m && m->zone->name == zone;
                              }});
        }
    }
    std::optional<Repository> found;
    if (inputs.repository == nullptr)
        found = Repository::try_discover(context.root_dir.empty() ? "." : context.root_dir);
    const Repository* repository = inputs.repository != nullptr ? inputs.repository : (found ? &*found : nullptr);
    if (repository != nullptr && !repository->is_bare()) {
        request.repository.known = true;
        request.repository.root = repository->workdir().lexically_normal().string();
        while (request.repository.root.size() > 1 && request.repository.root.back() == '/') {
            request.repository.root.pop_back();
        }
        request.repository.tracked = list_tracked_files(*repository);
    } else {
        request.repository.root =
            std::filesystem::absolute(context.root_dir.empty() ? "." : context.root_dir).lexically_normal().string();
    }
    return request;
}

void judge_coverage_attempt(const GateContext& context, const CoverageGateInputs& inputs, GateAttempt& attempt) {
    if (attempt.status != GateStatus::passed || !context.gate.coverage) return;
    try {
        const CoverageResult result = evaluate_coverage(coverage_request_for(context, inputs));
        attempt.coverage = figures_of(result);
        if (!attempt.output.empty() && attempt.output.back() != '\n') attempt.output += '\n';
        attempt.output += render_coverage_warnings(result) + render_coverage_text(result);
        if (!result.passed()) {
            attempt.status = GateStatus::failed;
            attempt.outcome = "coverage below threshold";
            attempt.reason = failed_checks(result);
        }
    } catch (const Error& e) {
        // A report the command did not write, or cannot be read: the gate
        // cannot be judged, which is an error, never a pass.
        attempt.status = GateStatus::error;
        attempt.outcome = "coverage report unusable";
        attempt.reason = std::string(e.what()) + (e.hint().empty() ? "" : " (" + e.hint() + ")");
    }
}

CoverageGate::CoverageGate(std::shared_ptr<const CoverageGateInputs> inputs) : m_inputs(std::move(inputs)) {}

std::optional<ProcessSpec> CoverageGate::process(const GateContext& context) const {
    return command_spec(context);
}

GateAttempt CoverageGate::conclude(const GateContext& context, const std::optional<ProcessOutcome>& outcome) const {
    GateAttempt attempt = CommandGate().conclude(context, outcome);
    judge_coverage_attempt(context, *m_inputs, attempt);
    return attempt;
}

GateFactory coverage_gate_factory(CoverageGateInputs inputs) {
    auto shared = std::make_shared<const CoverageGateInputs>(std::move(inputs));
    return [shared](const Gate& gate) -> std::unique_ptr<GateKind> {
        if (gate.coverage) return std::make_unique<CoverageGate>(shared);
        return std::make_unique<CommandGate>();
    };
}

}  // namespace tollgate
