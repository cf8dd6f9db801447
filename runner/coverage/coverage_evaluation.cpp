#include "runner/coverage/coverage_evaluation.hpp"

#include "runner/coverage/report_loader.hpp"

#include <algorithm>

namespace tollgate {

bool CoverageResult::passed() const {
    return std::all_of(checks.begin(), checks.end(), [](const ThresholdCheck& c) { return c.passed; });
}

CoverageResult judge_coverage(ResolvedCoverage coverage, const CoverageRequest& request) {
    CoverageResult result;
    result.totals = coverage.data.totals();
    if (request.change) {
        result.patch = patch_coverage(coverage.data, *request.change);
        result.base_ref = request.change->base_ref;
        result.base_commit = request.change->base_commit;
        result.head_ref = request.change->head_ref;
        result.head_commit = request.change->head_commit;
    }
    result.unmatched = std::move(coverage.unmatched);
    result.checks = evaluate_thresholds(request.policy, result.totals, result.patch ? &*result.patch : nullptr,
                                        request.baseline ? &*request.baseline : nullptr);
    for (const auto& scope : request.scopes) {
        ThresholdCheck check;
        check.name = "min (" + scope.name + ")";
        check.metric = "lines";
        check.required = scope.min;
        for (const auto& [path, file] : coverage.data.files) {
            if (scope.includes && scope.includes(path)) check.actual += file.line_counts();
        }
        if (check.actual.empty()) {
            check.passed = true;
            check.note = "no coverable lines in it";
        } else {
            check.passed = meets(check.actual, scope.min);
        }
        result.checks.push_back(std::move(check));
    }
    return result;
}

CoverageResult evaluate_coverage(const CoverageRequest& request) {
    const PathMapper mapper(request.repository.tracked, request.repository.known, request.repository.root,
                            request.path_maps);
    ResolvedCoverage merged;
    std::vector<ReportSummary> summaries;
    std::vector<Diagnostic> warnings;
    for (const auto& path : request.reports) {
        LoadedReport report{path, load_report(path, request.format)};
        summaries.push_back(ReportSummary{path, report.parsed.format, report.parsed.data.files.size()});
        warnings.insert(warnings.end(), report.parsed.warnings.begin(), report.parsed.warnings.end());
        add_report(merged, std::move(report), mapper);
    }
    if (request.repository.known && !request.reports.empty()) require_some_match(merged, request.reports.front());
    auto result = judge_coverage(std::move(merged), request);
    result.reports = std::move(summaries);
    result.warnings = std::move(warnings);
    return result;
}

}  // namespace tollgate
