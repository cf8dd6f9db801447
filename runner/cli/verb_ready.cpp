// `tollgate ready`: the dispatch list, the packets that may start now, and
// with --merge the in-flight branches that may merge now (issue #18).
#include "runner/cli/output_format.hpp"
#include "runner/cli/verbs.hpp"

#include "runner/cli/workspace.hpp"
#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/repository.hpp"
#include "runner/inventory/loader.hpp"
#include "runner/progress/ready_list.hpp"
#include "runner/report/merge_queue_json.hpp"
#include "runner/report/merge_queue_markdown.hpp"
#include "runner/report/merge_queue_text.hpp"
#include "runner/report/ready_json.hpp"
#include "runner/report/ready_markdown.hpp"
#include "runner/report/ready_text.hpp"
#include "runner/verdict/merge_readiness.hpp"

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
    "--merge lists instead the in-flight packet branches (those `tollgate conflicts`\n"
    "compares) and whether each may merge now: the verdict `tollgate check --dry-run\n"
    "--head BRANCH` gives over its merge base with the base branch to its tip, that\n"
    "is ownership, dependencies and checkpoints, no gate run (triggers are left to\n"
    "`check`). Each shows the conflicts predicted with the other branches. Merge\n"
    "order, of the branches that may merge: after the branches of packets they\n"
    "depend on (`after`, `prefer_after`), then those that conflict with no other\n"
    "mergeable branch first, then fewer such conflicts, then name.\n\n"
    "Formats: text, json ({\"version\": 1, \"verb\": \"ready\", \"packets\": [{\"id\",\n"
    "\"stream\", \"free_lanes\", \"critical\", \"slack_hours\", \"unblocks\", ...}],\n"
    "\"streams\", \"waiting\"}; with --merge {\"version\": 1, \"verb\": \"ready\", \"mode\":\n"
    "\"merge\", \"merge_order\", \"branches\": [{\"name\", \"packet\", \"may_merge\",\n"
    "\"position\", \"reasons\", \"after\", \"conflicts\", ...}]}; docs/ready.md lists every\n"
    "field) and md.\n\n"
    "Examples:\n"
    "  tollgate ready                          # what to hand to agents next\n"
    "  tollgate ready --format json | jq -r '.packets[0].id'\n"
    "  tollgate ready --merge                  # what to merge next, in which order\n\n"
    "Exit codes: 0 list written (also when nothing may start or merge), 2 usage or\n"
    "inventory error, 3 not a repository, unknown base or a shallow clone.";

struct ReadyCliOptions {
    bool include_started = false;
    bool merge = false;
    std::string base;
    std::string format = "text";
};

int run_ready_merge(const GlobalOptions& global, Io& io, const ReadyCliOptions& cli, OutputFormat format,
                    const Inventory& inventory, const Repository& repository) {
    MergeQueueRequest request;
    // run_cli has already applied -C, so the current directory is the workspace.
    request.workspace = std::filesystem::current_path();
    request.inventory = locate_inventory(request.workspace, global.inventory);
    request.base = cli.base;
    const MergeQueue queue = read_merge_queue(repository, inventory, request);
    for (const auto& note : queue.notes) io.err << "tollgate: note: " << printable(note) << '\n';
    if (format == OutputFormat::json) {
        io.out << render_merge_queue_json(queue);
    } else if (format == OutputFormat::md) {
        io.out << render_merge_queue_markdown(queue);
    } else {
        io.out << render_merge_queue_text(queue, io.color);
    }
    return 0;
}

int run_ready(const GlobalOptions& global, Io& io, const ReadyCliOptions& cli) {
    const OutputFormat format =
        parse_output_format(cli.format, "ready", {OutputFormat::text, OutputFormat::json, OutputFormat::md});
    if (cli.merge && cli.include_started) {
        throw UsageError("--include-started lists packets to start; --merge lists branches to merge",
                         "drop one of them");
    }
    const Inventory inventory = load_workspace_inventory(global);
    const Repository repository = Repository::discover(std::filesystem::current_path());
    if (cli.merge) return run_ready_merge(global, io, cli, format, inventory, repository);
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
    sub->add_flag("--merge", options->merge,
                  "List the in-flight packet branches instead: which may merge now, their conflicts, a merge order");
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
