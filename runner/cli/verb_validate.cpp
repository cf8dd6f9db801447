// `tollgate validate`: every inventory problem at once, with file:line:col.
#include "runner/cli/output_format.hpp"
#include "runner/cli/verbs.hpp"

#include "runner/core/exit_code.hpp"
#include "runner/git/git_preload.hpp"
#include "runner/git/repository.hpp"
#include "runner/git/tracked_files.hpp"
#include "runner/inventory/loader.hpp"
#include "runner/inventory/validation_report.hpp"
#include "runner/zones/zone_lint.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <ostream>

namespace tollgate {

namespace {

constexpr std::initializer_list<OutputFormat> k_validate_formats{OutputFormat::text, OutputFormat::json};

constexpr const char* k_validate_footer =
    "Checks, all reported together with file:line:col:\n"
    "  schema     every key known (with a \"did you mean\"), values of the right type,\n"
    "             duplicate keys, version 1, include globs that match files\n"
    "  ids        packets, gates and checkpoints share one namespace of unique ids\n"
    "             of the form [A-Za-z0-9][A-Za-z0-9._-]*\n"
    "  references after, prefer-after, gates, needs, owner and stream name\n"
    "             things that exist; hard dependencies have no cycle (a -> b -> a)\n"
    "  values     coverage thresholds within 0-100, metric regexes compile with one\n"
    "             capture group, trigger conditions parse and name known metrics,\n"
    "             retries >= 0, agents >= 1, zone patterns are valid CODEOWNERS\n"
    "  files      every packet 'doc' exists\n"
    "  git        once the above pass, inside a git repository: zone patterns that\n"
    "             match no tracked file (dead) or only files a later pattern wins\n"
    "             (shadowed), and files claimed by zones of different owners;\n"
    "             outside a repository these are skipped, and a note says so\n"
    "Warnings (exit 0) flag what is legal but likely wrong: dead, shadowed and\n"
    "overlapping zones (plans name areas before they exist), an exclusive zone\n"
    "without an owner.\n\n"
    "--format json prints {\"version\": 1, \"valid\", \"files\", \"counts\", \"errors\",\n"
    "\"warnings\", \"diagnostics\": [{\"severity\", \"file\", \"line\", \"column\", \"message\",\n"
    "\"hint\"}]} on stdout.\n\n"
    "Exit codes: 0 valid (warnings allowed), 2 any error or no inventory found.";

// The git-based zone checks of DESIGN §4 (dead and shadowed patterns,
// overlapping zones of different owners, over `git ls-files`); outside a
// repository they are skipped with a note.
void check_zones_against_git(const Inventory& inventory, Diagnostics& diagnostics) {
    const auto dir =
        inventory.root_dir.empty() ? std::filesystem::current_path() : std::filesystem::path(inventory.root_dir);
    const auto repository = Repository::try_discover(dir);
    if (!repository) {
        diagnostics.add({Severity::note, {}, "not a git repository: zone checks over tracked files skipped", ""});
        return;
    }
    lint_zones(inventory, list_tracked_files(*repository), diagnostics);
}

struct ValidateOptions {
    std::string format = "text";
};

int run_validate(const GlobalOptions& global, Io& io, const ValidateOptions& options) {
    const OutputFormat format = parse_output_format(options.format, "validate", k_validate_formats);
    const GitPreload preload;  // for the zone checks over tracked files, after the parse
    // run_cli has applied -C already: the current directory is the workspace.
    const auto path = locate_inventory(std::filesystem::current_path(), global.inventory);
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    Diagnostics diagnostics;
    const Inventory inventory =
        load_and_validate_inventory(path, filesystem_source(dir, !global.allow_outside_repo), diagnostics);
    if (!diagnostics.has_errors()) check_zones_against_git(inventory, diagnostics);

    const ValidationReport report = make_validation_report(inventory, diagnostics);
    if (format == OutputFormat::json) {
        io.out << render_validation_json(report);
    } else {
        io.err << render_validation_diagnostics(report);
        io.out << render_validation_summary(report);
    }
    return to_int(report.valid() ? ExitCode::pass : ExitCode::usage);
}

}  // namespace

void register_validate(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<ValidateOptions>();
    auto* sub = app.add_subcommand("validate", "Check the inventory and report every problem at once");
    sub->add_option("--format", options->format,
                    "Output: " + format_list(k_validate_formats) + " (text: diagnostics on stderr, summary on stdout)")
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->footer(k_validate_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_validate(global, io, *options); };
    });
}

}  // namespace tollgate
