#include "runner/report/conflicts_text.hpp"

#include "runner/core/text.hpp"
#include "runner/report/paint.hpp"

namespace tollgate {

namespace {

std::string zone_note(const ZonedPath& p) {
    if (p.zone.empty()) return "";
    std::string out = "  [" + printable(p.zone) + ", " + p.rule;
    if (!p.owners.empty()) out += ", owner " + printable(join(p.owners, ", "));
    return out + "]";
}

bool is_conflict(const ConflictPair& p, const std::string& path) {
    for (const auto& c : p.conflicts) {
        if (c.path == path) return true;
    }
    return false;
}

std::string branch_label(const ConflictBranch& b) {
    return printable(b.name) + (b.packet.empty() ? "" : " (" + printable(b.packet) + ")");
}

}  // namespace

std::string render_conflicts_text(const ConflictsResult& result, bool color) {
    std::string out = "base " + printable(result.base_ref) + " (" + result.base_commit.substr(0, 12) + "), " +
                      std::to_string(result.branches.size()) + " branch(es) in flight\n";
    for (const auto& b : result.branches) {
        out += "  " + branch_label(b) + ": " + std::to_string(b.changed.size()) + " file(s) changed\n";
    }
    for (const auto& s : result.skipped) out += "  skipped " + printable(s.name) + ": " + printable(s.reason) + "\n";
    for (const auto& p : result.pairs) {
        const auto& a = result.branches[p.first];
        const auto& b = result.branches[p.second];
        out += "\n" + branch_label(a) + " × " + branch_label(b) + ": " + std::to_string(p.overlap.size()) +
               " file(s) overlap, " + std::to_string(p.conflicts.size()) + " predicted conflict(s)\n";
        for (const auto& c : p.conflicts) {
            const bool blocking = c.rule == "exclusive";
            out += "  " + paint("CONFLICT", blocking ? "31;1" : "33", color) + " " + printable(c.path) + zone_note(c) +
                   "\n";
        }
        for (const auto& o : p.overlap) {
            if (!is_conflict(p, o.path)) out += "  overlap  " + printable(o.path) + zone_note(o) + "\n";
        }
    }
    const std::size_t quiet = result.pair_count() - result.pairs.size();
    if (result.pair_count() > 0)
        out += "\n" + std::to_string(quiet) + " of " + std::to_string(result.pair_count()) +
               " pair(s) touch disjoint files\n";
    std::size_t conflicts = 0;
    for (const auto& p : result.pairs) conflicts += p.conflicts.empty() ? 0 : 1;
    out += std::to_string(conflicts) + " pair(s) would conflict — ";
    out += result.passed() ? paint("pass", "32", color)
                           : paint("fail", "31;1", color) + " (a predicted conflict lies in an exclusive zone)";
    return out + "\n";
}

}  // namespace tollgate
