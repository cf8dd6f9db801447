// `tollgate run`: run gates ctest-style (DESIGN §4, §5.5).
#include "runner/cli/verbs.hpp"

#include "runner/alerts/alert_events.hpp"
#include "runner/cli/alert_notify.hpp"
#include "runner/cli/console_style.hpp"
#include "runner/cli/output_format.hpp"
#include "runner/cli/record_time.hpp"
#include "runner/cli/workspace.hpp"
#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/core/text.hpp"
#include "runner/git/git_preload.hpp"
#include "runner/process/boost_process_runner.hpp"
#include "runner/process/stop_signal.hpp"
#include "runner/progress/history.hpp"
#include "runner/report/report_files.hpp"
#include "runner/report/results_json.hpp"
#include "runner/report/run_console.hpp"
#include "runner/schedule/gate_plan.hpp"
#include "runner/schedule/recorded_durations.hpp"
#include "runner/schedule/scheduler.hpp"
#include "runner/schedule/shard.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>

namespace tollgate {

namespace {

constexpr std::initializer_list<OutputFormat> k_run_formats{OutputFormat::text, OutputFormat::json};

constexpr const char* k_run_footer =
    "Selecting gates: IDS, --packet and --checkpoint add gates (all gates when none\n"
    "is given); -L keeps gates carrying every label given, -LE (--label-exclude)\n"
    "drops gates carrying any; a gate's `needs` always come along, transitively.\n"
    "Manual gates are not run (they pass only with a sign-off) and do not fail the run.\n\n"
    "Running: up to -j gates at once (default: the number of CPUs), each after the\n"
    "gates it needs; a failed need skips its dependants and says so. A `run` string\n"
    "with no shell syntax is exec'd directly, anything else via /bin/sh -c; an argv\n"
    "list never touches a shell. Every gate runs in its own process group with stdin\n"
    "on /dev/null and gets TOLLGATE_GATE and TOLLGATE_PACKET; `env` adds variables,\n"
    "`env-allow` starts from a clean environment holding only the names listed plus\n"
    "PATH (/usr/local/bin:/usr/bin:/bin unless PATH is listed). On its timeout the group\n"
    "gets SIGTERM, then SIGKILL after --timeout-grace. When a gate's main process\n"
    "exits, what is left of its group is killed: gates must not leave background\n"
    "processes. Output (stdout and stderr merged) is kept up to 1 MiB per gate, head\n"
    "and tail, and shown for failures. Ctrl-C stops every running gate the same way,\n"
    "writes partial reports (unfinished gates are 'interrupted') and exits 130; a\n"
    "second Ctrl-C kills at once.\n\n"
    "Sharding: --shard K/N runs the K-th of N slices; gates joined by `needs` stay in\n"
    "one slice, and slices are balanced by gate count, or by the durations in a\n"
    "previous results.json given with --durations. Without --shard, GitLab's\n"
    "CI_NODE_INDEX and CI_NODE_TOTAL (set by `parallel: N`) choose the slice.\n"
    "`tollgate merge-results` joins the shards' results.json into one report.\n\n"
    "Reports: --report-dir DIR writes results.json (DESIGN §4 schema), junit.xml and\n"
    "summary.md, each atomically.\n\n"
    "History: --record appends the result (verdict, gates with status and duration,\n"
    "coverage figures, packet) to the git note on HEAD under refs/notes/tollgate, one\n"
    "JSON line per run; concurrent runs never lose a line. `tollgate report` reads\n"
    "them back; push them with `git push origin refs/notes/tollgate`. The record's\n"
    "time is the run's start, or SOURCE_DATE_EPOCH when set.\n\n"
    "Examples:\n"
    "  tollgate run                      # every gate\n"
    "  tollgate run lint unit -j 4       # two gates and their needs\n"
    "  tollgate run --checkpoint cp-1 --report-dir out\n"
    "  tollgate run -L fast -LE db --stop-on-failure\n"
    "  tollgate run --shard 2/4 --durations last/results.json\n\n"
    "Exit codes: 0 every selected gate passed (or was manual), 1 a gate failed, timed\n"
    "out or could not run, 2 usage or inventory error (unknown gate id, bad --shard),\n"
    "3 environment error (report dir not writable), 130 interrupted.";

struct RunCliOptions {
    std::vector<std::string> ids;
    std::vector<std::string> labels;
    std::vector<std::string> exclude_labels;
    std::vector<std::string> packets;
    std::vector<std::string> checkpoints;
    int jobs = 0;
    CLI::Option* jobs_option = nullptr;
    std::string shard;
    std::string durations;
    bool dry_run = false;
    bool stop_on_failure = false;
    std::string report_dir;
    std::string grace = "5s";
    std::string format = "text";
    bool record = false;
    std::string notify;
    bool no_needs = false;
    int skip_exit_code = 0;
    CLI::Option* skip_option = nullptr;
};

// GitLab's `parallel: N` sets CI_NODE_INDEX (1-based) and CI_NODE_TOTAL.
std::optional<Shard> shard_from_gitlab() {
    const char* index = std::getenv("CI_NODE_INDEX");
    const char* total = std::getenv("CI_NODE_TOTAL");
    if (index == nullptr && total == nullptr) return std::nullopt;
    if (index == nullptr || total == nullptr) {
        throw UsageError(std::string("CI_NODE_") + (index == nullptr ? "TOTAL" : "INDEX") + " is set but CI_NODE_" +
                             (index == nullptr ? "INDEX" : "TOTAL") + " is not",
                         "set both (GitLab's `parallel:` does), or pass --shard K/N");
    }
    try {
        return parse_shard(std::string(index) + "/" + total);
    } catch (const UsageError& e) {
        throw UsageError(
            std::string("CI_NODE_INDEX=") + index + " and CI_NODE_TOTAL=" + total + " do not name a shard: " + e.what(),
            "GitLab sets 1 <= CI_NODE_INDEX <= CI_NODE_TOTAL; or pass --shard K/N");
    }
}

int run_run(const GlobalOptions& global, Io& io, const RunCliOptions& cli) {
    // The command line is checked before the inventory is read, so usage
    // errors are reported as such anywhere.
    const OutputFormat format = parse_output_format(cli.format, "run", k_run_formats);
    if (cli.jobs_option->count() > 0 && cli.jobs < 1) {
        throw UsageError("-j must be at least 1, not " + std::to_string(cli.jobs));
    }
    const auto grace = parse_duration(cli.grace);
    if (!grace)
        throw UsageError("invalid --timeout-grace '" + printable(cli.grace) + "'",
                         "write a duration such as 5s, 500ms or 1m");
    check_report_dir(global, cli.report_dir, "--report-dir");
    const NotifyMode notify = parse_notify_mode(cli.notify);

    Selection selection;
    selection.ids = cli.ids;
    selection.labels = cli.labels;
    selection.exclude_labels = cli.exclude_labels;
    selection.packets = cli.packets;
    selection.checkpoints = cli.checkpoints;
    selection.no_needs = cli.no_needs;
    if (cli.skip_option->count() > 0 && (cli.skip_exit_code < 1 || cli.skip_exit_code > 255)) {
        throw UsageError("--skip-exit-code must be 1-255, not " + std::to_string(cli.skip_exit_code));
    }
    if (!cli.shard.empty()) selection.shard = parse_shard(cli.shard);
    else selection.shard = shard_from_gitlab();
    if (!cli.durations.empty()) {
        if (!selection.shard) throw UsageError("--durations only balances --shard", "add --shard K/N");
        selection.durations = read_recorded_durations(cli.durations);
    }

    // --notify keys its events by commit; without --notify a text run still never loads libgit2.
    const bool needs_identity = !cli.dry_run && (format != OutputFormat::text || !cli.report_dir.empty() ||
                                                 cli.record || notify == NotifyMode::send);
    std::optional<GitPreload> preload;
    if (needs_identity) preload.emplace();
    const Inventory inventory = load_workspace_inventory(global);
    const GatePlan plan = plan_gates(inventory, selection);
    const int jobs = cli.jobs > 0 ? cli.jobs : available_cpus();
    const ConsoleStyle style = console_style(io);
    if (cli.dry_run) {
        io.out << (format == OutputFormat::json ? render_gate_plan_json(plan, jobs) : render_plan(plan, jobs, style));
        return to_int(ExitCode::pass);
    }
    if (!cli.report_dir.empty()) prepare_report_dir(cli.report_dir);
    // Fail before running anything when there is nowhere to record.
    std::optional<Repository> repository;
    long long recorded_at = 0;  // the run's start
    if (cli.record) {
        repository = Repository::discover(std::filesystem::current_path());
        recorded_at = record_time();
    }

    StopSignal stop;
    SignalGuard guard(stop);
    RunOptions options;
    options.jobs = jobs;
    options.stop_on_failure = cli.stop_on_failure;
    options.grace = *grace;
    options.stop = &stop;
    if (cli.packets.size() == 1) options.packet = cli.packets.front();
    BoostProcessRunner runner(&stop);
    ConsoleObserver console(io.out, style);
    NullRunObserver quiet;
    RunObserver& observer = format == OutputFormat::text ? static_cast<RunObserver&>(console) : quiet;
    // Taken before gates run: a gate may well commit or edit files. Only
    // results.json and the note carry it; the text summary alone does not
    // need git (loading libgit2 would be most of a small run's start-up).
    const RunIdentity identity = needs_identity ? workspace_identity(inventory) : RunIdentity{};
    RunResult result = run_gates(inventory, plan, options, runner, observer);
    result.commit = identity.commit;
    result.inventory_digest = identity.inventory_digest;

    io.out << (format == OutputFormat::text ? render_run_summary(result, style) : render_results_json(result));
    io.out.flush();
    if (!cli.report_dir.empty()) {
        write_run_reports(cli.report_dir, result);
        if (format == OutputFormat::text) io.out << "Reports written to " << cli.report_dir << "\n";
    }
    if (notify != NotifyMode::off && !result.interrupted) {
        NotifyRequest alerts;
        alerts.mode = notify;
        alerts.inventory = &inventory;
        alerts.events = events_of_run(result);
        std::optional<Repository> in_repository;
        if (notify == NotifyMode::send && !identity.commit.empty())
            in_repository.emplace(Repository::discover(std::filesystem::current_path()));
        alerts.repository = in_repository ? &*in_repository : nullptr;
        alerts.commit = identity.commit;
        alerts.report_dir = cli.report_dir;
        alerts.payloads_to_stdout = format == OutputFormat::text;
        notify_alerts(alerts, io);
    }
    if (repository && !result.interrupted) {
        const std::string commit = append_record(*repository, "HEAD", record_from_run(result, recorded_at));
        if (format == OutputFormat::text)
            io.out << "Recorded in refs/notes/tollgate on " << commit.substr(0, 10) << "\n";
    }
    if (result.interrupted) throw InterruptedError();
    // ctest's SKIP_RETURN_CODE: nothing ran because every selected gate is manual.
    const bool all_manual = !result.gates.empty() && count_status(result, GateStatus::manual) == result.gates.size();
    if (cli.skip_option->count() > 0 && all_manual) return cli.skip_exit_code;
    return to_int(result.verdict == Verdict::pass ? ExitCode::pass : ExitCode::fail);
}

}  // namespace

void register_run(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<RunCliOptions>();
    auto* sub = app.add_subcommand("run", "Run gates ctest-style: -j N, --shard K/N, --dry-run, reports");
    // Each list flag takes one value per use, so `-L fast lint` means label
    // fast and gate lint, as with ctest.
    sub->add_option("ids", options->ids, "Gate ids to run (their needs come along)")->type_name("IDS");
    sub->add_option("-L,--label", options->labels, "Only gates carrying this label (repeatable: all must match)")
        ->type_name("LABEL")
        ->allow_extra_args(false);
    sub->add_option("--label-exclude", options->exclude_labels,
                    "Leave out gates carrying this label (repeatable); also spelled -LE")
        ->type_name("LABEL")
        ->allow_extra_args(false);
    sub->add_option("--packet", options->packets, "The gates of this packet (repeatable)")
        ->type_name("P")
        ->allow_extra_args(false);
    sub->add_option("--checkpoint", options->checkpoints, "The gates of this checkpoint (repeatable)")
        ->type_name("C")
        ->allow_extra_args(false);
    options->jobs_option =
        sub->add_option("-j,--jobs", options->jobs, "Gates to run at once (default: number of CPUs)")->type_name("N");
    sub->add_option("--shard", options->shard,
                    "Run slice K of N (1-based), e.g. 2/4 (default: CI_NODE_INDEX/CI_NODE_TOTAL when set)")
        ->type_name("K/N");
    sub->add_option("--durations", options->durations, "A previous results.json, to balance --shard by duration")
        ->type_name("FILE");
    sub->add_flag("--dry-run", options->dry_run, "Print the plan (order, needs) without running anything");
    sub->add_flag("--stop-on-failure", options->stop_on_failure,
                  "Start no new gate after one fails (running ones finish)");
    sub->add_option("--report-dir", options->report_dir, "Write results.json, junit.xml and summary.md here")
        ->type_name("DIR");
    sub->add_flag("--record", options->record,
                  "Store the result as a git note on HEAD (refs/notes/tollgate) for `report` and no-drop");
    sub->add_flag("--notify{send}", options->notify,
                  "Send failing gates to the inventory's alert channels, each once; "
                  "--notify=dry-run prints the payloads instead");
    sub->add_option("--timeout-grace", options->grace, "Time between SIGTERM and SIGKILL when stopping a gate")
        ->type_name("DUR")
        ->capture_default_str();
    sub->add_option("--format", options->format,
                    "Output: " + format_list(k_run_formats) + " (text is ctest-style, json is results.json)")
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->add_flag("--no-needs", options->no_needs,
                  "Run exactly the gates selected, not their needs (assumed met: CTest fixtures order them)");
    options->skip_option =
        sub->add_option("--skip-exit-code", options->skip_exit_code,
                        "Exit with N when every selected gate is manual (not run), for ctest's SKIP_RETURN_CODE")
            ->type_name("N");
    sub->footer(k_run_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_run(global, io, *options); };
    });
}

}  // namespace tollgate
