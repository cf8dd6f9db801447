#include "runner/coverage/patch_coverage.hpp"

#include <algorithm>

namespace tollgate {

namespace {

// Changed ranges in ascending order without overlaps, so a line counts once.
std::vector<LineRange> normalized(std::vector<LineRange> ranges) {
    std::sort(ranges.begin(), ranges.end(), [](const LineRange& a, const LineRange& b) { return a.first < b.first; });
    std::vector<LineRange> out;
    for (const auto& r : ranges) {
        if (r.last < r.first || r.last < 1) continue;
        const LineRange clamped{std::max(r.first, 1), r.last};
        if (!out.empty() && clamped.first <= out.back().last + 1) {
            out.back().last = std::max(out.back().last, clamped.last);
        } else {
            out.push_back(clamped);
        }
    }
    return out;
}

void append_uncovered(std::vector<LineRange>& ranges, int line) {
    if (!ranges.empty() && ranges.back().last + 1 == line) {
        ranges.back().last = line;
    } else {
        ranges.push_back(LineRange{line, line});
    }
}

}  // namespace

PatchCoverage patch_coverage(const CoverageData& coverage, const ChangeSet& change) {
    PatchCoverage out;
    for (const auto& changed : change.files) {
        if (changed.status == ChangeStatus::deleted || changed.binary) continue;
        const auto it = coverage.files.find(changed.path);
        if (it == coverage.files.end()) {
            out.unmeasured.push_back(changed.path);
            continue;
        }
        if (!changed.lines_known) {
            out.lines_unknown.push_back(changed.path);
            continue;
        }
        PatchFile file;
        file.path = changed.path;
        const auto& lines = it->second.lines;
        // Lines past the last coverable one cannot count; stopping there also
        // keeps a huge range from taking long or overflowing.
        const auto last_coverable = static_cast<long long>(lines.last_line());
        for (const auto& range : normalized(changed.added)) {
            const int last = static_cast<int>(std::min<long long>(range.last, last_coverable));
            for (int line = range.first; line <= last; ++line) {
                const auto hits = lines.hits(static_cast<std::uint32_t>(line));
                if (!hits) continue;
                ++file.lines.total;
                if (*hits > 0) {
                    ++file.lines.covered;
                } else {
                    append_uncovered(file.uncovered, line);
                }
            }
        }
        if (file.lines.total == 0) continue;
        out.lines += file.lines;
        out.files.push_back(std::move(file));
    }
    std::sort(out.files.begin(), out.files.end(),
              [](const PatchFile& a, const PatchFile& b) { return a.path < b.path; });
    return out;
}

std::string format_ranges(const std::vector<LineRange>& ranges) {
    std::string out;
    for (const auto& r : ranges) {
        if (!out.empty()) out += ", ";
        out += std::to_string(r.first);
        if (r.last != r.first) out += "-" + std::to_string(r.last);
    }
    return out;
}

}  // namespace tollgate
