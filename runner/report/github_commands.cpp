#include "runner/report/github_commands.hpp"

#include "runner/core/text.hpp"
#include "runner/report/escape.hpp"

#include <algorithm>

namespace tollgate {

namespace {

// One annotation before escaping.
struct Annotation {
    std::string file;
    int line = 0;
    int end_line = 0;
    std::string title;
    std::string message;
    std::string short_name;  ///< how the overflow summary names it
};

std::string command(const char* kind, const Annotation& a) {
    std::string props;
    const auto add = [&](const char* key, const std::string& value) {
        props += (props.empty() ? " " : ",") + std::string(key) + "=" + github_escape_property(value);
    };
    if (!a.file.empty()) add("file", a.file);
    if (a.line > 0) add("line", std::to_string(a.line));
    if (a.end_line > a.line) add("endLine", std::to_string(a.end_line));
    if (!a.title.empty()) add("title", a.title);
    return "::" + std::string(kind) + props + "::" + github_escape_data(a.message) + "\n";
}

// Emits up to the limit; the last slot summarises the rest when there are more.
std::string emit(const char* kind, const std::vector<Annotation>& all, const std::string& noun) {
    std::string out;
    const std::size_t n = all.size();
    const std::size_t shown = n <= github_annotation_limit ? n : github_annotation_limit - 1;
    for (std::size_t i = 0; i < shown; ++i) out += command(kind, all[i]);
    if (shown < n) {
        std::vector<std::string> names;
        std::size_t listed_bytes = 0;
        for (std::size_t i = shown; i < n && listed_bytes < 2000; ++i) {
            names.push_back(all[i].short_name);
            listed_bytes += all[i].short_name.size() + 2;
        }
        std::string list = join(names, ", ");
        if (names.size() < n - shown) list += ", …";
        Annotation more;
        more.title = "tollgate: " + std::to_string(n - shown) + " more " + noun;
        more.message = "GitHub shows " + std::to_string(github_annotation_limit) + " " + kind +
                       " annotations per step; these are in the step summary and the reports: " + list;
        out += command(kind, more);
    }
    return out;
}

std::string table_row(const std::vector<std::string>& cells) {
    std::string row = "|";
    for (const auto& c : cells) row += " " + c + " |";
    return row + "\n";
}

}  // namespace

std::string render_github_annotations(const ChangeFindings& findings) {
    std::vector<Annotation> errors;
    for (const auto* v : findings.violations()) {
        Annotation a;
        a.file = printable(v->path);
        a.title = "tollgate: " + violation_title(*v);
        a.message = printable(v->reason);
        a.short_name = a.file;
        errors.push_back(std::move(a));
    }
    // GitHub's limit is per kind, so these share the ten error slots.
    for (const auto& failure : findings.failures) {
        Annotation a;
        a.title = "tollgate " + findings.verb;
        a.message = printable(failure);
        a.short_name = a.message.substr(0, 60);
        errors.push_back(std::move(a));
    }
    std::vector<Annotation> warnings;
    for (const auto& f : findings.uncovered) {
        for (const auto& r : f.uncovered) {
            Annotation a;
            a.file = printable(f.path);
            a.line = r.first;
            a.end_line = r.last;
            a.title = "tollgate: changed line" + std::string(r.last > r.first ? "s" : "") + " not covered by tests";
            a.message = "Line" + std::string(r.last > r.first ? "s " : " ") + format_ranges({r}) +
                        " changed here and no test ran " + (r.last > r.first ? "them" : "it") + ".";
            a.short_name = a.file + ":" + format_ranges({r});
            warnings.push_back(std::move(a));
        }
    }
    return emit("error", errors, findings.failures.empty() ? "zone violations" : "errors") +
           emit("warning", warnings, "uncovered changed ranges");
}

std::string render_findings_markdown(const ChangeFindings& findings, std::size_t budget) {
    const auto violations = findings.violations();
    std::size_t uncovered_ranges = 0;
    for (const auto& f : findings.uncovered) uncovered_ranges += f.uncovered.size();

    std::string head = "### tollgate " + findings.verb + ": " + (findings.passed ? "✅ pass" : "❌ fail") + "\n\n";
    head += std::to_string(findings.verdicts.size()) + " changed path(s), " + std::to_string(violations.size()) +
            " zone violation(s), " + std::to_string(uncovered_ranges) + " uncovered changed range(s)";
    if (!findings.packet.empty()) head += " — packet `" + markdown_cell(findings.packet) + "`";
    if (!findings.base_commit.empty() && !findings.head_commit.empty()) {
        head += " — `" + findings.base_commit.substr(0, 12) + "...` `" + findings.head_commit.substr(0, 12) + "`";
    }
    head += "\n";

    // Rows are added while they fit; the closing line counts what did not.
    std::vector<std::string> rows;
    std::vector<std::size_t> section_start;
    if (!findings.failures.empty()) {
        rows.push_back("\n#### Why it fails\n\n");
        section_start.push_back(rows.size() - 1);
        for (const auto& f : findings.failures) rows.push_back("- " + markdown_cell(f) + "\n");
    }
    if (!violations.empty()) {
        rows.push_back("\n#### Zone violations\n\n| Path | Zone | Rule | Owner | Reason |\n|---|---|---|---|---|\n");
        section_start.push_back(rows.size() - 1);
        for (const auto* v : violations) {
            rows.push_back(
                table_row({"`" + markdown_cell(v->path) + "`", markdown_cell(v->zone.empty() ? "—" : v->zone),
                           markdown_cell(v->rule.empty() ? "—" : v->rule),
                           markdown_cell(v->owners.empty() ? "—" : join(v->owners, ", ")), markdown_cell(v->reason)}));
        }
    }
    if (uncovered_ranges > 0) {
        rows.push_back("\n#### Changed lines no test ran\n\n| File | Lines |\n|---|---|\n");
        section_start.push_back(rows.size() - 1);
        for (const auto& f : findings.uncovered) {
            if (f.uncovered.empty()) continue;
            rows.push_back(table_row({"`" + markdown_cell(f.path) + "`", markdown_cell(format_ranges(f.uncovered))}));
        }
    }
    std::string md = head;
    const std::size_t reserve = 200;  // room for the closing line
    if (md.size() + reserve > budget) return md.size() <= budget ? md : std::string();
    std::size_t i = 0;
    for (; i < rows.size(); ++i) {
        if (md.size() + rows[i].size() + reserve > budget) break;
        md += rows[i];
    }
    if (i < rows.size()) {
        std::size_t omitted = 0;
        for (std::size_t k = i; k < rows.size(); ++k) {
            omitted += std::find(section_start.begin(), section_start.end(), k) == section_start.end() ? 1 : 0;
        }
        md += "\n… " + std::to_string(omitted) +
              " more row(s) left out to keep the step summary under GitHub's 1 MiB; the report files list them all.\n";
    }
    return md;
}

std::string render_github_outputs(const std::vector<std::pair<std::string, std::string>>& outputs) {
    std::string out;
    for (const auto& [name, value] : outputs) {
        if (value.find('\n') == std::string::npos && value.find('\r') == std::string::npos) {
            out += name + "=" + value + "\n";
            continue;
        }
        // A delimiter that cannot occur in the value, as GitHub's toolkit picks one.
        std::string delimiter = "ghadelimiter_tollgate";
        for (int n = 0; value.find(delimiter) != std::string::npos; ++n) {
            delimiter = "ghadelimiter_tollgate_" + std::to_string(n);
        }
        out += name + "<<" + delimiter + "\n" + value + (value.back() == '\n' ? "" : "\n") + delimiter + "\n";
    }
    return out;
}

}  // namespace tollgate
