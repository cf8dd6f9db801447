// `tollgate coverage REPORT…`: the coverage gate on its own (DESIGN §4, §5.7).
#include "runner/cli/output_format.hpp"
#include "runner/cli/verbs.hpp"

#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/coverage/baseline.hpp"
#include "runner/coverage/coverage_evaluation.hpp"
#include "runner/coverage/coverage_text.hpp"
#include "runner/coverage/format_sniff.hpp"
#include "runner/git/change_reader.hpp"
#include "runner/git/repository.hpp"
#include "runner/git/tracked_files.hpp"
#include "runner/report/coverage_json.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

namespace tollgate {

namespace {

constexpr std::initializer_list<OutputFormat> k_coverage_formats{OutputFormat::text, OutputFormat::json};

constexpr const char* k_coverage_footer =
    "Reports are read by content (--format-in auto): lcov tracefiles, Cobertura XML\n"
    "(gcovr, coverage.py), JaCoCo XML, gcovr --json, llvm-cov export JSON and Go\n"
    "coverprofiles. Several reports merge (hits summed). Totals equal what lcov\n"
    "--summary and gcovr print for the same report; thresholds are compared exactly\n"
    "and percentages are truncated, never rounded up. Report paths are mapped onto\n"
    "tracked files (Cobertura <sources>, longest matching suffix, --path-map).\n"
    "--base measures patch coverage: the changed coverable lines that ran, as\n"
    "diff-cover counts them. --baseline FILE (an earlier results.json or\n"
    "`tollgate coverage --format json` output) checks that line coverage did not drop.\n\n"
    "lcov 1 (1.16, Debian 12) and lcov 2 (2.0, Debian 13) print the same line and\n"
    "branch totals for a tracefile, and tollgate with them. They differ on functions,\n"
    "which no threshold uses: lcov 2 refuses an FNDA for a function no FN declares\n"
    "(a 'mismatch' error; with --ignore-errors it drops it) and counts a function\n"
    "as hit when a line inside it ran; tollgate counts functions as lcov 1 does.\n"
    "lcov 2 also refuses negative counts unless told to ignore them; tollgate\n"
    "reads them as 0 with a warning, as lcov 1 does.\n\n"
    "Exit codes: 0 every threshold passed, 1 a threshold failed, 2 usage error,\n"
    "3 a report is missing, unreadable or names no tracked file.";

struct CoverageOptions {
    std::vector<std::string> reports;
    std::string format_in = "auto";
    std::string min;
    std::string branch_min;
    std::string patch_min;
    std::string base;
    std::string head;
    std::vector<std::string> path_maps;
    std::string baseline;
    std::string baseline_gate;
    std::string format = "text";
};

std::optional<Percent> percent_option(const std::string& text, const std::string& flag) {
    if (text.empty()) return std::nullopt;
    auto p = Percent::parse(text);
    if (!p) throw UsageError(flag + ": '" + text + "' is not a percentage between 0 and 100");
    return p;
}

CoverageRequest make_request(const CoverageOptions& o) {
    CoverageRequest request;
    request.reports = o.reports;
    const auto format = parse_coverage_format(o.format_in);
    if (!format) {
        throw UsageError("--format-in: unknown coverage format '" + o.format_in + "'",
                         "use auto, lcov, cobertura, jacoco, gcovr-json, llvm-json or go");
    }
    request.format = *format;
    request.policy.min = percent_option(o.min, "--min");
    request.policy.branch_min = percent_option(o.branch_min, "--branch-min");
    request.policy.patch_min = percent_option(o.patch_min, "--patch-min");
    for (const auto& text : o.path_maps) {
        auto rule = PathMapRule::parse(text);
        if (!rule) throw UsageError("--path-map: '" + text + "' is not FROM=TO");
        request.path_maps.push_back(std::move(*rule));
    }
    const bool wants_change = !o.base.empty() || !o.head.empty();
    if (request.policy.patch_min && !wants_change) {
        throw UsageError("--patch-min needs the change to measure", "give --base REF (and --head REF)");
    }
    if (!o.baseline.empty()) {
        request.policy.no_drop = true;
        request.baseline = load_baseline(o.baseline, o.baseline_gate);
    }
    return request;
}

// Tracked files for path mapping and the change for patch coverage, from git.
// `change` holds the change request.change points to.
void add_repository_facts(CoverageRequest& request, const CoverageOptions& o, std::optional<ChangeSet>& change_read) {
    const auto repository = Repository::try_discover(std::filesystem::current_path());
    const bool wants_change = !o.base.empty() || !o.head.empty();
    if (!repository) {
        if (wants_change) {
            throw EnvironmentError("--base/--head need a git repository, and there is none here",
                                   "run inside the repository or use -C DIR");
        }
        // No tracked files to match: absolute paths under here still become relative.
        request.repository.root = std::filesystem::current_path().lexically_normal().string();
        return;
    }
    request.repository.known = !repository->is_bare();
    if (request.repository.known) {
        request.repository.root = repository->workdir().lexically_normal().string();
        while (request.repository.root.size() > 1 && request.repository.root.back() == '/') {
            request.repository.root.pop_back();
        }
        request.repository.tracked = list_tracked_files(*repository);
    }
    if (wants_change) {
        ChangeRequest change;
        change.mode = ChangeMode::range;
        change.range = range_request_from_environment(o.base, o.head, "");
        change.want_lines = true;
        change.want_commits = false;
        change_read = read_change(*repository, change);
        request.change = &*change_read;
    }
}

int run_coverage(Io& io, const CoverageOptions& options) {
    const OutputFormat format = parse_output_format(options.format, "coverage", k_coverage_formats);
    auto request = make_request(options);
    std::optional<ChangeSet> change;
    add_repository_facts(request, options, change);
    const CoverageResult result = evaluate_coverage(request);
    io.err << render_coverage_warnings(result);
    io.out << (format == OutputFormat::json ? render_coverage_json(result) : render_coverage_text(result));
    return to_int(result.passed() ? ExitCode::pass : ExitCode::fail);
}

}  // namespace

void register_coverage(CLI::App& app, VerbAction& action) {
    auto o = std::make_shared<CoverageOptions>();
    auto* sub = app.add_subcommand("coverage", "The coverage gate on its own: totals, patch coverage, thresholds");
    sub->add_option("reports", o->reports, "Coverage report files (merged)")->required()->type_name("REPORT");
    sub->add_option("--format-in", o->format_in,
                    "Report format: auto, lcov, cobertura, jacoco, gcovr-json, llvm-json, go")
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->add_option("--min", o->min, "Minimum whole-project line coverage, %")->type_name("N");
    sub->add_option("--branch-min", o->branch_min, "Minimum whole-project branch coverage, %")->type_name("N");
    sub->add_option("--patch-min", o->patch_min, "Minimum coverage of the changed coverable lines, % (needs --base)")
        ->type_name("N");
    sub->add_option("--base", o->base, "Measure patch coverage of the change from the merge base with REF")
        ->type_name("REF");
    sub->add_option("--head", o->head, "End of the change (default HEAD)")->type_name("REF");
    sub->add_option("--path-map", o->path_maps, "Rewrite report paths starting with FROM to TO (repeatable)")
        ->type_name("FROM=TO")
        ->allow_extra_args(false);
    sub->add_option("--baseline", o->baseline, "Fail if line coverage drops below this earlier result (JSON)")
        ->type_name("FILE");
    sub->add_option("--baseline-gate", o->baseline_gate, "Gate whose coverage to take from a results.json baseline")
        ->type_name("ID");
    sub->add_option("--format", o->format, "Output: " + format_list(k_coverage_formats))
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->footer(k_coverage_footer);
    sub->callback([&action, o] { action = [o](const GlobalOptions&, Io& io) { return run_coverage(io, *o); }; });
}

}  // namespace tollgate
