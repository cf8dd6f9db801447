#pragma once

#include "runner/coverage/path_mapper.hpp"
#include "runner/coverage/report_input.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// A report file whose path maps to no tracked file. It still counts in
/// the totals (lcov and gcovr count it too) but cannot meet a change.
struct UnmatchedFile {
    std::string report;    ///< the report naming it
    std::string path;      ///< as the report wrote it
    std::string reason;    ///< why no tracked file matched
    CoverageCounts lines;  ///< its line figures (still in the totals)
};

/// One report as read from disk.
struct LoadedReport {
    std::string path;     ///< the report file
    ParsedReport parsed;  ///< what its reader made of it
};

/// Reports merged into one model keyed by repository path.
struct ResolvedCoverage {
    CoverageData data;                     ///< keyed by repository path (report path if unmatched)
    std::vector<UnmatchedFile> unmatched;  ///< listed, never dropped
    std::size_t matched_files = 0;         ///< distinct tracked files covered
};

/// Maps a report's paths with `mapper` and merges it into `into` (hits
/// summed); unmatched files keep their report path. Takes the report as
/// an rvalue so its data moves instead of being copied (large reports).
void add_report(ResolvedCoverage& into, LoadedReport&& report, const PathMapper& mapper);

/// Throws ReportError when not one file of the reports maps to a tracked
/// file (a report for another repository); `first_report` names it.
void require_some_match(const ResolvedCoverage& coverage, const std::string& first_report);

}  // namespace tollgate
