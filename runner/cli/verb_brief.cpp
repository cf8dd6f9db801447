// `tollgate brief PACKET`: the agent's assignment, generated from the
// inventory (issue 18): the boundaries `check` will hold the packet to,
// stated before the first edit.
#include "runner/cli/verbs.hpp"

#include "runner/cli/output_format.hpp"
#include "runner/cli/workspace.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/report/brief_json.hpp"
#include "runner/report/brief_markdown.hpp"
#include "runner/verdict/packet_brief.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace tollgate {

namespace {

constexpr const char* k_brief_footer =
    "Prints the assignment an agent (a person or a coding agent) gets for one\n"
    "packet, in the shape of the plan's Agent Assignment Template: the packet (id,\n"
    "title, batch, priority, effort, stream) and its doc; the context files (the doc,\n"
    "its `context:` entries, and the `context:` of the packets in its `after`); its\n"
    "tasks; the branch to push (the first literal name in `branches`); the\n"
    "boundaries `check` will enforce, zone by zone: owned (write freely), extend\n"
    "only, coordinate (with whom, and the `Coordinated-With:` trailer), must not\n"
    "touch (exclusive to others), shared; the gates check runs for it and\n"
    "`tollgate run --packet P`; the coverage thresholds that apply; the checkpoints\n"
    "it waits for or completes; the blocking triggers its check can fire; how to\n"
    "wire `tollgate zones --packet P FILE` into a pre-edit hook and an editor; and\n"
    "the completion report it owes (`report:`, else the template's four items).\n\n"
    "md is ready to paste into a prompt; json has every field, for scripts that\n"
    "spawn agents: {\"version\": 1, \"packet\": {...}, \"doc\", \"context\", \"tasks\",\n"
    "\"branch\", \"zones\": [{\"name\", \"patterns\", \"rule\", \"owners\", \"access\",\n"
    "\"requires\", ...}], \"zones_owned\", \"zones_must_not_touch\", ..., \"gates\",\n"
    "\"run_command\", \"thresholds\", \"checkpoints\", \"triggers\", \"report\",\n"
    "\"zone_check_command\"}.\n\n"
    "`tollgate start P` writes the same brief into a new worktree's git directory.\n\n"
    "Exit codes: 0 printed, 2 unknown packet or inventory error.";

struct BriefCliOptions {
    std::string packet;
    std::string format = "md";
};

constexpr std::initializer_list<OutputFormat> k_brief_formats{OutputFormat::md, OutputFormat::json};

int run_brief(const GlobalOptions& global, Io& io, const BriefCliOptions& cli) {
    const OutputFormat format = parse_output_format(cli.format, "brief", k_brief_formats);
    const Inventory inventory = load_workspace_inventory(global);
    const PacketBrief brief = make_packet_brief(inventory, cli.packet);
    io.out << (format == OutputFormat::json ? render_brief_json(brief) : render_brief_markdown(brief));
    return to_int(ExitCode::pass);
}

}  // namespace

void register_brief(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<BriefCliOptions>();
    auto* sub = app.add_subcommand("brief", "The agent's assignment for a packet: context, tasks, branch, boundaries");
    sub->add_option("packet", options->packet, "The packet")->type_name("PACKET")->required();
    sub->add_option("--format", options->format, "Output: " + format_list(k_brief_formats))
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->footer(k_brief_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_brief(global, io, *options); };
    });
}

}  // namespace tollgate
