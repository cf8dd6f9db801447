// `tollgate merge-results`: the shards' results.json back into one run
// (DESIGN §2 "many machines"), with the reports an unsharded run writes.
#include "runner/cli/output_format.hpp"
#include "runner/cli/verbs.hpp"
#include "runner/cli/workspace.hpp"

#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/report/junit_xml.hpp"
#include "runner/report/report_files.hpp"
#include "runner/report/results_json.hpp"
#include "runner/report/run_console.hpp"
#include "runner/report/summary_md.hpp"
#include "runner/schedule/shard_merge.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace tollgate {

namespace {

constexpr std::initializer_list<OutputFormat> k_merge_results_formats{OutputFormat::text, OutputFormat::json,
                                                                      OutputFormat::md, OutputFormat::junit};

constexpr const char* k_merge_results_footer =
    "Each shard of a sharded run (`tollgate run --shard K/N --report-dir DIR`) writes\n"
    "a results.json naming its commit, an inventory digest, the gates selected before\n"
    "sharding and its slice. merge-results checks that the files are the N slices of\n"
    "ONE run — same commit, same inventory, same selection, each slice exactly once —\n"
    "and refuses anything else with exit 2, saying which files disagree and how.\n\n"
    "The merged run has the gates in plan order, numbered as an unsharded run numbers\n"
    "them, so results.json, junit.xml and summary.md equal an unsharded run's except\n"
    "for times (its wall clock is the slowest shard's). Caveat: results.json keeps\n"
    "only the last 16 KiB of a failing gate's output, so a longer log is cut there.\n\n"
    "Formats: text (the run's summary line, as `tollgate run` ends), json (the merged\n"
    "results.json), md (summary.md), junit (junit.xml).\n\n"
    "Examples:\n"
    "  tollgate merge-results shard-*/results.json --report-dir merged\n"
    "  tollgate merge-results a.json b.json c.json --format md >> \"$GITHUB_STEP_SUMMARY\"\n\n"
    "Exit codes: 0 every gate passed (or was manual), 1 a gate failed, 2 the files are\n"
    "not the shards of one run (or not results.json at all), 3 a file cannot be read or\n"
    "the report dir cannot be written.";

struct MergeCliOptions {
    std::vector<std::string> files;
    std::string report_dir;
    std::string format = "text";
};

int run_merge_results(const GlobalOptions& global, Io& io, const MergeCliOptions& cli) {
    const OutputFormat format = parse_output_format(cli.format, "merge-results", k_merge_results_formats);
    if (cli.files.empty()) {
        throw UsageError("merge-results needs the shards' results.json files",
                         "e.g. tollgate merge-results shard-*/results.json --report-dir merged");
    }
    check_report_dir(global, cli.report_dir, "--report-dir");
    std::vector<LoadedResults> shards;
    for (const auto& f : cli.files) shards.push_back(read_results_json(f));
    const RunResult merged = merge_shards(shards);
    if (!cli.report_dir.empty()) write_run_reports(cli.report_dir, merged);

    if (format == OutputFormat::json) io.out << render_results_json(merged);
    else if (format == OutputFormat::md) io.out << render_summary_md(merged);
    else if (format == OutputFormat::junit) io.out << render_junit_xml(merged);
    else {
        ConsoleStyle style;
        style.color = io.color;
        io.out << "Merged " << shards.size() << " shard(s) of commit "
               << (merged.commit.empty() ? std::string("(no repository)") : merged.commit.substr(0, 12)) << "\n";
        io.out << render_run_summary(merged, style);
        if (!cli.report_dir.empty()) io.out << "Reports written to " << cli.report_dir << "\n";
    }
    // An interrupted shard's gates count as failures (is_failure), so the merge fails.
    return to_int(merged.verdict == Verdict::pass ? ExitCode::pass : ExitCode::fail);
}

}  // namespace

void register_merge_results(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<MergeCliOptions>();
    auto* sub = app.add_subcommand("merge-results", "Combine shard results into one verdict and report");
    sub->add_option("files", options->files, "The shards' results.json files")->type_name("FILE");
    sub->add_option("--report-dir", options->report_dir, "Write the merged results.json, junit.xml and summary.md here")
        ->type_name("DIR");
    sub->add_option("--format", options->format, "Output: " + format_list(k_merge_results_formats))
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->footer(k_merge_results_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_merge_results(global, io, *options); };
    });
}

}  // namespace tollgate
