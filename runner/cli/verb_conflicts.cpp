// `tollgate conflicts`: pairwise overlap and predicted textual conflicts
// between in-flight packet branches.
#include "runner/cli/output_format.hpp"
#include "runner/cli/verbs.hpp"

#include "runner/cli/workspace.hpp"
#include "runner/conflicts/conflict_scan.hpp"
#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/core/text.hpp"
#include "runner/git/repository.hpp"
#include "runner/report/conflicts_json.hpp"
#include "runner/report/conflicts_markdown.hpp"
#include "runner/report/conflicts_text.hpp"
#include "runner/zones/zone_map.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

namespace tollgate {

namespace {

constexpr std::initializer_list<OutputFormat> k_conflicts_formats{OutputFormat::text, OutputFormat::json,
                                                                  OutputFormat::md};

constexpr const char* k_conflicts_footer =
    "Branches: local refs/heads/* and remote-tracking refs/remotes/*/* whose names\n"
    "match a packet's `branches` globs (or the --branches globs), one per name (a\n"
    "local branch hides a remote one); branches of done or dropped packets and\n"
    "branches with nothing beyond the base are left out. Each branch is diffed once\n"
    "against its merge base with the base branch (the inventory's `base`, or\n"
    "--base). Pairs that change a common file are merged in memory, as\n"
    "`git merge-tree --write-tree` would, to list the files that would conflict;\n"
    "nothing is written to the repository. Pairs with disjoint files cannot\n"
    "conflict textually and are not merged.\n\n"
    "Formats: text, json ({\"version\": 1, \"verdict\", \"branches\", \"pairs\": [{\"a\", \"b\",\n"
    "\"overlap\", \"conflicts\", \"blocking\"}], ...}) and md (a matrix for a job summary).\n\n"
    "Exit codes: 0 no predicted conflict in an exclusive zone, 1 a predicted\n"
    "conflict lies in an exclusive zone, 2 usage or inventory error, 3 not a\n"
    "repository, unknown base, or a shallow clone without the merge base.";

struct ConflictsCliOptions {
    std::vector<std::string> branches;
    std::string base;
    std::string format = "text";
    unsigned jobs = 0;
};

int run_conflicts(const GlobalOptions& global, Io& io, const ConflictsCliOptions& cli) {
    const OutputFormat format = parse_output_format(cli.format, "conflicts", k_conflicts_formats);
    const Inventory inventory = load_workspace_inventory(global);
    const ZoneMap zones(inventory);
    const auto repository = Repository::discover(std::filesystem::current_path());
    ConflictScanOptions options;
    options.branch_globs = cli.branches;
    options.base = cli.base;
    options.jobs = cli.jobs;
    const ConflictsResult result = scan_conflicts(repository, inventory, zones, options);
    for (const auto& note : result.notes) io.err << "tollgate: note: " << printable(note) << '\n';
    if (format == OutputFormat::json) {
        io.out << render_conflicts_json(result);
    } else if (format == OutputFormat::md) {
        io.out << render_conflicts_markdown(result);
    } else {
        io.out << render_conflicts_text(result, io.color);
    }
    return to_int(result.passed() ? ExitCode::pass : ExitCode::fail);
}

}  // namespace

void register_conflicts(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<ConflictsCliOptions>();
    auto* sub = app.add_subcommand("conflicts", "Predict conflicts between in-flight packet branches");
    sub->add_option("--branches", options->branches, "Compare the branches matching GLOB (repeatable)")
        ->type_name("GLOB");
    sub->add_option("--base", options->base, "Base branch (default: the inventory's base)")->type_name("REF");
    sub->add_option("--format", options->format, "Output: " + format_list(k_conflicts_formats))
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->add_option("-j,--jobs", options->jobs, "Merge N pairs at a time (default: one per core)")->type_name("N");
    sub->footer(k_conflicts_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_conflicts(global, io, *options); };
    });
}

}  // namespace tollgate
