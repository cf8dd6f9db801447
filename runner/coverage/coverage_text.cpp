#include "runner/coverage/coverage_text.hpp"

#include "runner/core/text.hpp"

#include <cstdio>

namespace tollgate {

namespace {

std::string pad(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string total_line(const std::string& label, const CoverageCounts& c, const std::string& empty_text) {
    if (c.empty()) return pad(label, 11) + "n/a       (" + empty_text + ")\n";
    return pad(label, 11) + pad(format_percent(c) + " %", 10) + std::to_string(c.covered) + " of " +
           std::to_string(c.total) + "\n";
}

std::string short_id(const std::string& id) {
    return id.substr(0, 12);
}

std::string describe_check(const ThresholdCheck& c) {
    std::string out = c.passed ? "PASS " : "FAIL ";
    if (c.name == "no-drop") {
        out += "no-drop: lines " + describe_counts(c.actual);
        if (c.baseline) {
            out += std::string(c.passed ? " >= " : " < ") + "baseline " + describe_counts(*c.baseline);
        } else if (c.baseline_percent) {
            out += std::string(c.passed ? " >= " : " < ") + "baseline " + c.baseline_percent->text + " %";
        } else if (!c.note.empty()) {
            out += " (" + c.note + ")";
        }
        return out;
    }
    out += c.name + " " + (c.required ? c.required->text : std::string("?")) + " %: ";
    if (c.name == "patch-min") {
        if (!c.note.empty()) return out + c.note + (c.passed ? " (100 %)" : "");
        return out + "changed lines " + describe_counts(c.actual);
    }
    if (!c.note.empty()) return out + c.metric + " n/a (" + c.note + ")";
    return out + c.metric + " " + describe_counts(c.actual);
}

}  // namespace

std::string describe_counts(const CoverageCounts& counts, const std::string& empty_text) {
    if (counts.empty()) return "n/a (" + empty_text + ")";
    return format_percent(counts) + " % (" + std::to_string(counts.covered) + " of " + std::to_string(counts.total) +
           ")";
}

std::string render_coverage_text(const CoverageResult& r) {
    std::string out;
    for (const auto& rep : r.reports) {
        out += printable(rep.path) + " (" + to_string(rep.format) + "): " + std::to_string(rep.files) +
               (rep.files == 1 ? " file\n" : " files\n");
    }
    out += total_line("lines", r.totals.lines, "no coverable lines");
    out += total_line("branches", r.totals.branches, "no branch data");
    out += total_line("functions", r.totals.functions, "no function data");
    if (r.patch) {
        const std::string range = r.base_ref.empty() ? ""
                                                     : " (" + r.base_ref + " " + short_id(r.base_commit) + ".." +
                                                           (r.head_ref.empty() ? "HEAD" : r.head_ref) + ")";
        if (r.patch->no_coverable_lines()) {
            out += pad("patch", 11) + "100.00 %  no coverable lines changed" + range + "\n";
        } else {
            out += pad("patch", 11) + pad(format_percent(r.patch->lines) + " %", 10) +
                   std::to_string(r.patch->lines.covered) + " of " + std::to_string(r.patch->lines.total) +
                   " changed coverable lines" + range + "\n";
        }
        for (const auto& f : r.patch->files) {
            if (f.uncovered.empty()) continue;
            out += "  " + printable(f.path) + ": " + format_ranges(f.uncovered) + "\n";
        }
        if (!r.patch->lines_unknown.empty()) {
            out += "  line data unknown for: " + printable(join(r.patch->lines_unknown, ", ")) + "\n";
        }
    }
    std::size_t failed = 0;
    for (const auto& c : r.checks) {
        out += describe_check(c) + "\n";
        failed += c.passed ? 0 : 1;
    }
    if (r.checks.empty()) {
        out += "coverage: no threshold given\n";
    } else if (failed == 0) {
        out += "coverage: PASS\n";
    } else {
        out += "coverage: FAIL (" + std::to_string(failed) + " of " + std::to_string(r.checks.size()) +
               " thresholds failed)\n";
    }
    return out;
}

std::string render_coverage_warnings(const CoverageResult& r) {
    std::string out;
    for (const auto& w : r.warnings) out += "tollgate: " + w.str() + "\n";
    if (!r.unmatched.empty()) {
        out += "tollgate: warning: " + std::to_string(r.unmatched.size()) +
               (r.unmatched.size() == 1 ? " report file matches" : " report files match") +
               " no tracked file (counted in the totals, not in patch coverage):\n";
        for (const auto& u : r.unmatched) {
            out += "tollgate:   " + printable(u.path) + " in " + printable(u.report) + ": " + u.reason + "\n";
        }
    }
    return out;
}

}  // namespace tollgate
