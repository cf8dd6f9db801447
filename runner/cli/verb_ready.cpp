// `tollgate ready`: the dispatch list, the packets that may start now
// (issue #18). `--merge` (the branches that may merge now) is still to come.
#include "runner/cli/output_format.hpp"
#include "runner/cli/verbs.hpp"

#include "runner/cli/workspace.hpp"
#include "runner/git/repository.hpp"
#include "runner/progress/ready_list.hpp"
#include "runner/report/ready_json.hpp"
#include "runner/report/ready_markdown.hpp"
#include "runner/report/ready_text.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>

namespace tollgate {

namespace {

constexpr const char* k_ready_footer =
    "Which packets may start now: those not done, dropped or paused, with no\n"
    "commits yet (--include-started lists started ones too), whose every hard\n"
    "`after` packet is done and every blocking `after` checkpoint has passed.\n"
    "\"Done\", \"started\" and \"passed\" mean what `tollgate report` says (docs/metrics.md):\n"
    "a packet is done when its work is on base with nothing left unmerged (or\n"
    "`status: done`); a checkpoint passed when a recorded run of its gates passed.\n\n"
    "Each packet shows its stream's free lanes (the stream's `agents` minus its\n"
    "packets in progress; a stream without a free lane is shown, not hidden), its\n"
    "slack (how long it may slip before the remaining work's critical path grows;\n"
    "\"critical path\" when none) and the open packets it unblocks. Order: critical\n"
    "path first, then most unblocked, then priority (critical/P0, high/P1,\n"
    "medium/P2, low/P3), then id. Packets that must still wait are listed after,\n"
    "with what they wait for.\n\n"
    "Formats: text, json ({\"version\": 1, \"verb\": \"ready\", \"packets\": [{\"id\",\n"
    "\"stream\", \"free_lanes\", \"critical\", \"slack_hours\", \"unblocks\", ...}],\n"
    "\"streams\", \"waiting\"}; docs/ready.md lists every field) and md.\n\n"
    "Examples:\n"
    "  tollgate ready                          # what to hand to agents next\n"
    "  tollgate ready --format json | jq -r '.packets[0].id'\n\n"
    "Exit codes: 0 list written, 2 usage or inventory error, 3 not a repository,\n"
    "unknown base or a shallow clone.";

struct ReadyCliOptions {
    bool include_started = false;
    std::string base;
    std::string format = "text";
};

int run_ready(const GlobalOptions& global, Io& io, const ReadyCliOptions& cli) {
    const OutputFormat format =
        parse_output_format(cli.format, "ready", {OutputFormat::text, OutputFormat::json, OutputFormat::md});
    const Inventory inventory = load_workspace_inventory(global);
    const Repository repository = Repository::discover(std::filesystem::current_path());
    const ProgressReport progress = read_progress_now(repository, inventory, cli.base);
    const ReadyList list = compute_ready_list(inventory, progress, ReadinessOptions{cli.include_started});
    if (format == OutputFormat::json) {
        io.out << render_ready_json(list);
    } else if (format == OutputFormat::md) {
        io.out << render_ready_markdown(list);
    } else {
        io.out << render_ready_text(list, io.color);
    }
    return 0;
}

}  // namespace

void register_ready(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<ReadyCliOptions>();
    auto* sub = app.add_subcommand("ready", "List the packets that may start now, in dispatch order");
    sub->add_flag("--include-started", options->include_started,
                  "Also list packets that already have commits but may proceed");
    sub->add_option("--base", options->base, "Base branch (default: the inventory's base)")->type_name("REF");
    sub->add_option("--format", options->format,
                    "Output: " + format_list({OutputFormat::text, OutputFormat::json, OutputFormat::md}))
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->footer(k_ready_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_ready(global, io, *options); };
    });
}

}  // namespace tollgate
