#include "runner/coverage/resolve_paths.hpp"

#include "runner/core/text.hpp"

namespace tollgate {

void add_report(ResolvedCoverage& into, LoadedReport&& report, const PathMapper& mapper) {
    for (auto& [path, file] : report.parsed.data.files) {
        const auto mapping = mapper.map(path, report.parsed.source_roots);
        const std::string key = mapping.matched() ? mapping.repo_path : normalize_path(path);
        if (!mapping.matched()) {
            into.unmatched.push_back(UnmatchedFile{report.path, path, mapping.reason, file.line_counts()});
        }
        auto it = into.data.files.find(key);
        if (it == into.data.files.end()) {
            if (mapping.matched()) ++into.matched_files;
            it = into.data.files.emplace(key, std::move(file)).first;
            it->second.path = key;
        } else {
            it->second.merge(file);
        }
    }
}

void require_some_match(const ResolvedCoverage& coverage, const std::string& first_report) {
    if (coverage.matched_files > 0 || coverage.unmatched.empty()) return;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < coverage.unmatched.size() && i < 3; ++i) names.push_back(coverage.unmatched[i].path);
    throw ReportError(SourceLocation{first_report, 0, 0},
                      "no file in the coverage report is a tracked file of this repository (it names " +
                          join(names, ", ") + (coverage.unmatched.size() > 3 ? ", ..." : "") + ")",
                      "is it a report of another repository? map its paths with --path-map FROM=TO");
}

}  // namespace tollgate
