// `tollgate plan`: waves of packets that may run in parallel, critical path and ETA.
#include "runner/cli/verbs.hpp"

#include "runner/cli/workspace.hpp"
#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/graph/plan.hpp"
#include "runner/report/plan_dot.hpp"
#include "runner/report/plan_json.hpp"
#include "runner/report/plan_mermaid.hpp"
#include "runner/report/plan_text.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace tollgate {

namespace {

constexpr const char* k_footer =
    "Phases (waves) group packets by the longest chain of hard `after` dependencies\n"
    "before them; a packet after a checkpoint follows the checkpoint's prerequisites.\n"
    "Within a phase, `prefer-after` orders packets; it never moves one to another\n"
    "phase. Dropped packets are left out; done packets count as complete.\n\n"
    "Efforts are working hours, 8 to a day; a packet without one counts as 0. The\n"
    "ETA simulates the plan on lanes: --lanes N is one pool of N; else each stream\n"
    "has `agents` lanes for its own packets (packets without a stream share one\n"
    "more); else there are as many lanes as the widest phase. Day 1 is `start` and\n"
    "days are calendar days (weekends are not skipped).\n\n"
    "Formats: text (like a plan's Execution Strategy), json ({\"version\": 1,\n"
    "\"plan\": {\"waves\", \"critical_path\", \"totals\", \"eta\", \"lanes\", \"packets\",\n"
    "\"checkpoints\", ...}}), dot (Graphviz) and mermaid (flowchart TD); in both\n"
    "diagrams arrows run from prerequisite to dependant and soft edges are dashed.\n\n"
    "Exit codes: 0 planned, 2 usage or inventory error (including a dependency cycle).";

/// Output formats of `plan`. DESIGN §4 also names github-matrix; it needs
/// the gates and --shards as well, so it will get its own branch here.
enum class PlanFormat { text, json, dot, mermaid };

constexpr const char* k_formats = "text, json, dot, mermaid";

PlanFormat parse_plan_format(const std::string& name) {
    if (name == "text") return PlanFormat::text;
    if (name == "json") return PlanFormat::json;
    if (name == "dot") return PlanFormat::dot;
    if (name == "mermaid") return PlanFormat::mermaid;
    if (name == "github-matrix")
        throw UsageError("plan --format github-matrix is not implemented in tollgate " TOLLGATE_VERSION,
                         std::string("valid formats: ") + k_formats);
    throw UsageError("unknown plan format '" + name + "'", std::string("valid formats: ") + k_formats);
}

std::string render(PlanFormat format, const PlanResult& plan) {
    switch (format) {
        case PlanFormat::text: return render_plan_text(plan);
        case PlanFormat::json: return render_plan_json(plan);
        case PlanFormat::dot: return render_plan_dot(plan);
        case PlanFormat::mermaid: return render_plan_mermaid(plan);
    }
    return render_plan_text(plan);
}

struct PlanCliOptions {
    std::string format = "text";
    std::string estimate = "mid";
    int lanes = 0;
    CLI::Option* lanes_option = nullptr;
};

int run_plan(const GlobalOptions& global, Io& io, const PlanCliOptions& cli) {
    // Check the command line before touching the inventory, so usage errors
    // are reported as such even in a directory without one.
    const PlanFormat format = parse_plan_format(cli.format);
    PlanOptions options;
    const auto estimate = parse_estimate(cli.estimate);
    if (!estimate)
        throw UsageError("unknown estimate '" + cli.estimate + "'", "valid estimates: low, mid, high");
    options.estimate = *estimate;
    if (cli.lanes_option->count() > 0) {
        if (cli.lanes < 1) throw UsageError("--lanes must be at least 1, not " + std::to_string(cli.lanes));
        options.lanes = cli.lanes;
    }
    const Inventory inventory = load_workspace_inventory(global);
    io.out << render(format, compute_plan(inventory, options));
    return to_int(ExitCode::pass);
}

}  // namespace

void register_plan(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<PlanCliOptions>();
    auto* sub = app.add_subcommand("plan", "Waves of packets that may run in parallel, critical path and ETA");
    sub->add_option("--format", options->format, std::string("Output: ") + k_formats)
        ->type_name("FORMAT")
        ->capture_default_str();
    options->lanes_option =
        sub->add_option("--lanes", options->lanes, "Simulate the ETA on N lanes (agents) in one pool")
            ->type_name("N");
    sub->add_option("--estimate", options->estimate,
                    "Effort estimate for the schedule and critical path: low, mid or high")
        ->type_name("WHICH")
        ->capture_default_str();
    sub->footer(k_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_plan(global, io, *options); };
    });
}

}  // namespace tollgate
