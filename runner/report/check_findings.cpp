#include "runner/report/check_findings.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace tollgate {

ChangeFindings check_findings(const CheckResult& result) {
    ChangeFindings f;
    f.verb = "check";
    f.passed = result.verdict == Verdict::pass;
    f.packet = result.packet;
    f.base_commit = result.base_commit;
    f.head_commit = result.head_commit;
    f.verdicts = result.changed;
    std::set<std::string> violation_reasons;
    for (const auto& v : result.changed) {
        if (!v.allowed) violation_reasons.insert(v.reason);
    }
    for (const auto& line : result.failures) {
        if (!violation_reasons.contains(line)) f.failures.push_back(line);
    }
    if (result.run) {
        // Several coverage gates may report the same file: one set of ranges each.
        std::map<std::string, std::set<std::pair<int, int>>> by_file;
        for (const auto& g : result.run->gates) {
            if (!g.coverage) continue;
            for (const auto& u : g.coverage->uncovered) by_file[u.path].insert(u.ranges.begin(), u.ranges.end());
        }
        for (const auto& [path, ranges] : by_file) {
            PatchFile p;
            p.path = path;
            for (const auto& [first, last] : ranges) p.uncovered.push_back({first, last});
            f.uncovered.push_back(std::move(p));
        }
    }
    return f;
}

}  // namespace tollgate
