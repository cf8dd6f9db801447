#include "runner/verdict/recorded_baseline.hpp"

#include "runner/git/notes.hpp"

#include <cstdio>

namespace tollgate {

CoverageBaseline recorded_baseline(const CommitRecords& base, const std::string& gate_id, const std::string& base_ref) {
    const std::string sha = base.commit.substr(0, 12);
    CoverageBaseline out;
    out.source = "the git note on base " + sha + " (" + k_tollgate_notes_ref + ")";
    for (auto r = base.records.rbegin(); r != base.records.rend(); ++r) {
        for (const auto& g : r->gates) {
            if (g.id != gate_id || !g.coverage || !g.coverage->line_percent) continue;
            // Records hold hundredths (record_from_run): print them as coverage prints figures.
            char text[32];
            std::snprintf(text, sizeof text, "%.2f", *g.coverage->line_percent);
            out.line_percent = Percent::parse(text);
            if (out.line_percent) out.line_percent->text = text;  // "80.00", not the normalised "80"
            if (!out.line_percent) continue;
            if (!base.problems.empty()) {
                // A newer line may be the one that broke: say the figure is older.
                out.source += ", " + std::to_string(base.problems.size()) + " unreadable line" +
                              (base.problems.size() == 1 ? "" : "s") + " skipped";
            }
            return out;
        }
    }
    if (!base.problems.empty()) {
        out.unreadable = "cannot read the recorded coverage for base " + sha + ": " + base.problems.front().describe() +
                         "; fix or remove it with `git notes --ref tollgate edit " + sha + "`";
        return out;
    }
    out.missing = "no recorded coverage for base " + sha + "; record one with `tollgate run --record` on " +
                  (base_ref.empty() ? std::string("the base branch") : base_ref);
    return out;
}

}  // namespace tollgate
