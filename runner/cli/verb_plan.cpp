// `tollgate plan`: waves of packets that may run in parallel, critical path and ETA.
#include "runner/cli/output_format.hpp"
#include "runner/cli/verbs.hpp"

#include "runner/cli/workspace.hpp"
#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/graph/plan.hpp"
#include "runner/report/ci_matrix.hpp"
#include "runner/report/ctest_script.hpp"
#include "runner/report/plan_dot.hpp"
#include "runner/report/plan_json.hpp"
#include "runner/report/plan_mermaid.hpp"
#include "runner/report/plan_text.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

namespace tollgate {

namespace {

constexpr const char* k_plan_footer =
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
    "CI formats: github-matrix --shards N prints {\"include\":[{\"shard\":\"1/N\",\n"
    "\"index\":1,\"total\":N},…]} on one line, for a job's `strategy.matrix` via\n"
    "fromJSON; each job then runs `tollgate run --shard ${{ matrix.shard }}`.\n"
    "ctest [--prefix P] prints add_test()/set_tests_properties() for every gate:\n"
    "cmake-modules/Tollgate.cmake (`tollgate_add_tests`) runs it when ctest starts.\n\n"
    "Example: echo \"matrix=$(tollgate plan --format github-matrix --shards 4)\" >> \"$GITHUB_OUTPUT\"\n\n"
    "Exit codes: 0 planned, 2 usage or inventory error (including a dependency cycle).";

/// Output formats of `plan`: the packet plan's, then the CI formats.
constexpr std::initializer_list<OutputFormat> k_plan_formats{OutputFormat::text,          OutputFormat::json,
                                                             OutputFormat::dot,           OutputFormat::mermaid,
                                                             OutputFormat::github_matrix, OutputFormat::ctest};

std::string render(OutputFormat format, const PlanResult& plan) {
    switch (format) {
        case OutputFormat::json: return render_plan_json(plan);
        case OutputFormat::dot: return render_plan_dot(plan);
        case OutputFormat::mermaid: return render_plan_mermaid(plan);
        default: break;  // text; github-matrix and ctest are handled before a plan is computed
    }
    return render_plan_text(plan);
}

struct PlanCliOptions {
    std::string format = "text";
    std::string estimate = "mid";
    int lanes = 0;
    CLI::Option* lanes_option = nullptr;
    int shards = 0;
    CLI::Option* shards_option = nullptr;
    std::string prefix;
    CLI::Option* prefix_option = nullptr;
};

int run_plan(const GlobalOptions& global, Io& io, const PlanCliOptions& cli) {
    // Check the command line before touching the inventory, so usage errors
    // are reported as such even in a directory without one.
    const OutputFormat format = parse_output_format(cli.format, "plan", k_plan_formats);
    PlanOptions options;
    const auto estimate = parse_estimate(cli.estimate);
    if (!estimate) throw UsageError("unknown estimate '" + cli.estimate + "'", "valid estimates: low, mid, high");
    options.estimate = *estimate;
    if (cli.lanes_option->count() > 0) {
        if (cli.lanes < 1) throw UsageError("--lanes must be at least 1, not " + std::to_string(cli.lanes));
        options.lanes = cli.lanes;
    }
    if (cli.shards_option->count() > 0 && format != OutputFormat::github_matrix) {
        throw UsageError("--shards is for --format github-matrix");
    }
    if (cli.prefix_option->count() > 0 && format != OutputFormat::ctest) {
        throw UsageError("--prefix is for --format ctest");
    }
    if (format == OutputFormat::github_matrix) {
        if (cli.shards_option->count() == 0) {
            throw UsageError("--format github-matrix needs --shards N",
                             "e.g. tollgate plan --format github-matrix --shards 4");
        }
        if (cli.shards < 1) throw UsageError("--shards must be at least 1, not " + std::to_string(cli.shards));
        // Read the inventory anyway: a matrix for a broken inventory would only fail N times later.
        (void)load_workspace_inventory(global);
        io.out << render_github_matrix(cli.shards);
        return to_int(ExitCode::pass);
    }
    const Inventory inventory = load_workspace_inventory(global);
    if (format == OutputFormat::ctest) {
        CtestScriptOptions ctest;
        ctest.prefix = cli.prefix;
        // The running binary, so generated CTest tests call this very tollgate.
        ctest.executable = own_executable_path();
        if (ctest.executable.empty()) ctest.executable = "tollgate";
        ctest.inventory_file = std::filesystem::absolute(inventory.files.front()).lexically_normal().string();
        ctest.working_dir =
            std::filesystem::absolute(inventory.root_dir.empty() ? std::filesystem::current_path()
                                                                 : std::filesystem::path(inventory.root_dir))
                .lexically_normal()
                .string();
        io.out << render_ctest_script(inventory, ctest);
        return to_int(ExitCode::pass);
    }
    io.out << render(format, compute_plan(inventory, options));
    return to_int(ExitCode::pass);
}

}  // namespace

void register_plan(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<PlanCliOptions>();
    auto* sub = app.add_subcommand("plan", "Waves of packets that may run in parallel, critical path and ETA");
    sub->add_option("--format", options->format, "Output: " + format_list(k_plan_formats))
        ->type_name("FORMAT")
        ->capture_default_str();
    options->lanes_option =
        sub->add_option("--lanes", options->lanes, "Simulate the ETA on N lanes (agents) in one pool")->type_name("N");
    sub->add_option("--estimate", options->estimate,
                    "Effort estimate for the schedule and critical path: low, mid or high")
        ->type_name("WHICH")
        ->capture_default_str();
    options->shards_option =
        sub->add_option("--shards", options->shards, "With --format github-matrix: how many shards")->type_name("N");
    options->prefix_option =
        sub->add_option("--prefix", options->prefix, "With --format ctest: test names are PREFIX.GATE")->type_name("P");
    sub->footer(k_plan_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_plan(global, io, *options); };
    });
}

}  // namespace tollgate
