// `tollgate check`: the pre-merge verdict (DESIGN §4, §5.2–5.9).
#include "runner/cli/verbs.hpp"

#include "runner/alerts/alert_events.hpp"
#include "runner/cli/alert_notify.hpp"
#include "runner/cli/console_style.hpp"
#include "runner/cli/github_env.hpp"
#include "runner/cli/output_format.hpp"
#include "runner/cli/record_time.hpp"
#include "runner/cli/workspace.hpp"
#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/core/text.hpp"
#include "runner/git/git_preload.hpp"
#include "runner/git/repository.hpp"
#include "runner/inventory/loader.hpp"
#include "runner/process/boost_process_runner.hpp"
#include "runner/process/stop_signal.hpp"
#include "runner/progress/history.hpp"
#include "runner/report/check_findings.hpp"
#include "runner/report/check_json.hpp"
#include "runner/report/check_markdown.hpp"
#include "runner/report/check_text.hpp"
#include "runner/report/junit_xml.hpp"
#include "runner/report/report_files.hpp"
#include "runner/report/run_console.hpp"
#include "runner/verdict/check_inputs.hpp"
#include "runner/verdict/check_pipeline.hpp"
#include "runner/verdict/check_record.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>

namespace tollgate {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_check_footer =
    "What it does, in order:\n"
    "  1. the change: HEAD against its merge base with the inventory's `base` branch\n"
    "     (or --base R / --head R, --staged, --worktree, as for `zones`);\n"
    "  2. its packet: --packet, else the first packet whose `branches` glob matches\n"
    "     the branch, else a `Packet: ID` trailer on its commits;\n"
    "  3. ownership: every changed path against the zones (`coordinate` zones accept\n"
    "     a `Coordinated-With: OWNER` trailer or --ack OWNER);\n"
    "  4. dependencies: each `after` packet must be done (`status: done`, or its\n"
    "     branches merged into the base branch with nothing left unmerged; a squash\n"
    "     merge counts through a `Packet: ID` trailer on base) and each `after`\n"
    "     checkpoint must have passed; a `blocker: false` checkpoint only warns;\n"
    "  5. checkpoints: those the packet waits for, those its merge completes, and\n"
    "     --checkpoint ones: pending (prerequisites not complete), overdue (pending\n"
    "     past `due`), else their gates run and they pass or fail; --force runs a\n"
    "     --checkpoint one early;\n"
    "  6. gates: the packet's, the evaluated checkpoints', and every gate whose\n"
    "     `changed` globs match a changed path, run as `tollgate run` runs them (-j,\n"
    "     needs, timeouts); a manual gate passes only with a `Verified: GATE` trailer\n"
    "     or a recorded sign-off (a note line of kind \"signoff\" listing the gate as\n"
    "     \"passed\" on a commit of the change; see README);\n"
    "     coverage gates judge min, branch-min, patch-min (the change's lines),\n"
    "     `zones: {ZONE: MIN}`, `packets: {ID: MIN}` and no-drop (see below);\n"
    "  7. triggers: `metric OP value` over coverage, branch-coverage, patch-coverage,\n"
    "     GATE.duration, GATE.METRIC and packet.delay (days past the packet's planned\n"
    "     finish in `tollgate plan`, 24 h a day); block fails, warn warns, notify is\n"
    "     listed under Notifications; a metric without a value is 'not evaluated'.\n"
    "Every failing reason is one line saying what to do.\n\n"
    "no-drop: a gate's line coverage may not fall below the base commit's. The\n"
    "figure is --baseline FILE when given, else the gate's coverage recorded on the\n"
    "base commit (the merge base) by `tollgate run --record` or `check --record`, in\n"
    "the git note under refs/notes/tollgate (fetch them with `git fetch origin\n"
    "refs/notes/tollgate:refs/notes/tollgate`). When the base commit has no recorded\n"
    "figure for the gate, no-drop passes, since a first change cannot be held to a\n"
    "figure nobody recorded, and the check lists a warning saying so and how to\n"
    "record one; a note that cannot be read fails the gate, naming the bad line.\n\n"
    "History: --record appends the check's result (verdict, packet, gates with\n"
    "status, duration and coverage, checkpoints, triggers) to the note on the head\n"
    "commit as one JSON line of kind \"check\"; SOURCE_DATE_EPOCH fixes its time.\n\n"
    "Trust: --trusted-inventory base reads the inventory (and its includes) from the\n"
    "base commit, so a change cannot weaken its own gates; an edit to the inventory\n"
    "file, even one that breaks or deletes it, is judged by the zone covering it,\n"
    "like any path.\n\n"
    "CI formats: github prints the text verdict plus workflow commands: an ::error\n"
    "annotation per zone violation and per other failing reason, a ::warning per\n"
    "range of changed lines no test ran (at most 10 of each kind; the 10th then\n"
    "counts the rest), appends the Markdown verdict to $GITHUB_STEP_SUMMARY (kept\n"
    "under 1 MiB) and writes verdict, failures and the report paths to\n"
    "$GITHUB_OUTPUT. sarif prints SARIF 2.1.0 for code scanning; codequality prints\n"
    "GitLab's code-quality JSON. --report-dir also writes sarif.json and\n"
    "codequality.json.\n\n"
    "Dates: overdue and packet.delay use today's UTC date; TOLLGATE_TODAY=YYYY-MM-DD\n"
    "(or --today) fixes it for reproducible runs.\n\n"
    "Reports: --report-dir DIR writes results.json (the JSON below), junit.xml and\n"
    "summary.md. JSON: {\"version\": 1, \"verdict\", \"packet\", \"base\", \"head\",\n"
    "\"changed\": [{\"path\", \"old_path\", \"status\", \"zone\", \"owner\", \"rule\", \"verdict\",\n"
    "\"reason\"}], \"dependencies\", \"gates\", \"checkpoints\": [{\"id\", \"status\", \"blocker\"}],\n"
    "\"triggers\": [{\"when\", \"value\", \"fired\", \"action\"}], \"failures\", \"warnings\",\n"
    "\"notifications\"}.\n\n"
    "Examples:\n"
    "  tollgate check                              # the current branch, as CI would\n"
    "  tollgate check --base origin/main --report-dir out\n"
    "  tollgate check --staged --dry-run           # before committing: rules only\n"
    "  tollgate check --packet batch-4 --ack batch-2\n"
    "  tollgate check --checkpoint cp-3 --force    # evaluate cp-3 before it is due\n"
    "  tollgate check --trusted-inventory base --format json\n\n"
    "Exit codes: 0 the change may merge, 1 a rule, dependency, checkpoint, gate or\n"
    "blocking trigger failed, 2 usage or inventory error, 3 environment error (not a\n"
    "repository, unknown ref, shallow clone without the merge base, missing\n"
    "--baseline, nowhere to --record), 130 interrupted.";

struct CheckCliOptions {
    std::string base;
    std::string head;
    bool staged = false;
    bool worktree = false;
    std::string packet;
    std::vector<std::string> acks;
    std::vector<std::string> checkpoints;
    bool force = false;
    std::string today;
    std::string trusted = "worktree";
    std::string baseline;
    int jobs = 0;
    CLI::Option* jobs_option = nullptr;
    bool dry_run = false;
    bool stop_on_failure = false;
    std::string report_dir;
    std::string grace = "5s";
    std::string format = "text";
    bool record = false;
    std::string notify;
};

constexpr std::initializer_list<OutputFormat> k_check_formats{OutputFormat::text,  OutputFormat::json,
                                                              OutputFormat::md,    OutputFormat::github,
                                                              OutputFormat::sarif, OutputFormat::codequality};

std::optional<CivilDate> today_of(const std::string& option) {
    std::string text = option;
    std::string origin = "--today";
    if (text.empty()) {
        if (const char* env = std::getenv("TOLLGATE_TODAY"); env != nullptr && *env != '\0') {
            text = env;
            origin = "TOLLGATE_TODAY";
        }
    }
    if (text.empty()) {
        const auto now = std::chrono::system_clock::now();
        return CivilDate(std::chrono::floor<std::chrono::days>(now));
    }
    const auto date = CivilDate::parse(text);
    if (!date) throw UsageError(origin + " '" + printable(text) + "' is not a date", "write it as YYYY-MM-DD");
    return date;
}

CheckRequest request_of(const GlobalOptions& global, const CheckCliOptions& cli) {
    if (cli.trusted != "worktree" && cli.trusted != "base") {
        throw UsageError("unknown --trusted-inventory '" + printable(cli.trusted) + "'",
                         "base (read it from the base commit) or worktree (the default)");
    }
    if (cli.jobs_option->count() > 0 && cli.jobs < 1) {
        throw UsageError("-j must be at least 1, not " + std::to_string(cli.jobs));
    }
    if (cli.staged && cli.worktree) throw UsageError("--staged and --worktree exclude each other");
    if ((cli.staged || cli.worktree) && (!cli.base.empty() || !cli.head.empty())) {
        throw UsageError(std::string(cli.staged ? "--staged" : "--worktree") +
                         " compares with HEAD; drop --base/--head");
    }
    if (cli.force && cli.checkpoints.empty()) {
        throw UsageError("--force evaluates a checkpoint early; name it with --checkpoint",
                         "e.g. tollgate check --checkpoint cp-3 --force");
    }
    const auto grace = parse_duration(cli.grace);
    if (!grace)
        throw UsageError("invalid --timeout-grace '" + cli.grace + "'", "write a duration such as 5s, 500ms or 1m");

    CheckRequest request;
    request.mode = cli.staged ? ChangeMode::staged : (cli.worktree ? ChangeMode::worktree : ChangeMode::range);
    request.base = cli.base;
    request.head = cli.head;
    request.packet = cli.packet;
    request.acks = cli.acks;
    request.checkpoints = cli.checkpoints;
    request.force = cli.force;
    request.today = today_of(cli.today);
    request.trust = cli.trusted == "base" ? InventoryTrust::base : InventoryTrust::worktree;
    request.baseline = cli.baseline;
    request.dry_run = cli.dry_run;
    request.run.jobs = cli.jobs > 0 ? cli.jobs : available_cpus();
    request.run.stop_on_failure = cli.stop_on_failure;
    request.run.grace = *grace;
    // run_cli has already applied -C, so the current directory is the workspace.
    request.workspace = fs::current_path();
    try {
        request.inventory = locate_inventory(fs::current_path(), global.inventory);
    } catch (const UsageError&) {
        // A change may delete the inventory; the trusted one is on base.
        if (request.trust != InventoryTrust::base || !global.inventory.empty()) throw;
        const auto repository = Repository::discover(fs::current_path());
        request.inventory = repository.workdir() / "tollgate.yml";
    }
    return request;
}

int run_check_verb(const GlobalOptions& global, Io& io, const CheckCliOptions& cli) {
    const GitPreload preload;  // check always reads git; load it while the inventory parses
    const OutputFormat format = parse_output_format(cli.format, "check", k_check_formats);
    // Before request_of looks for the inventory: a usage error is one anywhere.
    if (cli.record && cli.dry_run)
        throw UsageError("--record stores a check's result; --dry-run has none", "drop one of them");
    const NotifyMode notify = parse_notify_mode(cli.notify);
    CheckRequest request = request_of(global, cli);
    check_report_dir(global, cli.report_dir, "--report-dir");
    if (!cli.report_dir.empty()) prepare_report_dir(cli.report_dir);

    long long recorded_at = 0;  // the check's start
    if (cli.record) recorded_at = record_time();

    StopSignal stop;
    SignalGuard guard(stop);
    request.run.stop = &stop;
    BoostProcessRunner runner(&stop);
    const ConsoleStyle style = console_style(io);
    ConsoleObserver console(io.out, style);
    NullRunObserver quiet;
    RunObserver& observer = format == OutputFormat::text ? static_cast<RunObserver&>(console) : quiet;
    // Read once; the steps, the coverage gates and --record share it.
    const CheckInputs inputs = load_check_inputs(request, CheckSources{});
    const CheckResult result = run_check(inputs, request, runner, observer);

    for (const auto& note : result.notes) io.err << "tollgate: note: " << printable(note) << '\n';
    if (format == OutputFormat::json) {
        io.out << render_check_json(result);
    } else if (format == OutputFormat::md) {
        io.out << render_check_markdown(result);
    } else if (format == OutputFormat::text || format == OutputFormat::github) {
        io.out << render_check_text(result, format == OutputFormat::text && io.color);
    }
    io.out.flush();
    if (!cli.report_dir.empty()) {
        const fs::path dir = cli.report_dir;
        write_file_atomically(dir / "results.json", render_check_json(result));
        write_file_atomically(dir / "junit.xml", render_junit_xml(result.run ? *result.run : RunResult{}));
        write_file_atomically(dir / "summary.md", render_check_markdown(result));
        if (format == OutputFormat::text) io.out << "Reports written to " << cli.report_dir << "\n";
    }
    if (is_ci_format(format) || !cli.report_dir.empty()) {
        // Annotations, step summary, outputs, SARIF and code quality (runner/report/github_commands, sarif, codequality).
        ChangeFindings findings = check_findings(result);
        if (!inputs.repository.is_bare()) make_patterns_repo_relative(findings, inputs.repository.workdir());
        std::vector<std::pair<std::string, std::string>> outputs{
            {"verdict", result.verdict == Verdict::pass ? "pass" : "fail"},
            {"failures", std::to_string(result.failures.size())}};
        if (!cli.report_dir.empty()) {
            const fs::path dir = cli.report_dir;
            outputs.emplace_back("results-path", (dir / "results.json").string());
            outputs.emplace_back("junit-path", (dir / "junit.xml").string());
            outputs.emplace_back("summary-path", (dir / "summary.md").string());
        }
        write_ci_outputs(findings, format, cli.report_dir, outputs, io);
    }
    if (notify != NotifyMode::off && !(result.run && result.run->interrupted) && !result.dry_run) {
        NotifyRequest alerts;
        alerts.mode = notify;
        alerts.inventory = inputs.inventory.get();
        alerts.events = events_of_check(result, *inputs.inventory);
        alerts.repository = &inputs.repository;
        alerts.commit = result.head_commit.empty() ? std::string("HEAD") : result.head_commit;
        alerts.report_dir = cli.report_dir;
        alerts.payloads_to_stdout = format == OutputFormat::text;
        notify_alerts(alerts, io);
    }
    if (cli.record && !(result.run && result.run->interrupted)) {
        // On the change's head: the commit the verdict is about (HEAD for --staged/--worktree).
        const std::string head = result.head_commit.empty() ? std::string("HEAD") : result.head_commit;
        const std::string commit = append_record(inputs.repository, head, record_from_check(result, recorded_at));
        if (format == OutputFormat::text)
            io.out << "Recorded in refs/notes/tollgate on " << commit.substr(0, 10) << "\n";
    }
    if (result.run && result.run->interrupted) throw InterruptedError();
    return to_int(result.verdict == Verdict::pass ? ExitCode::pass : ExitCode::fail);
}

}  // namespace

void register_check(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<CheckCliOptions>();
    auto* sub =
        app.add_subcommand("check", "The pre-merge verdict: ownership, dependencies, gates, coverage, triggers");
    sub->add_option("--base", options->base, "Compare against the merge base of REF and the head")->type_name("REF");
    sub->add_option("--head", options->head, "The change's head (default: HEAD)")->type_name("REF");
    sub->add_flag("--staged", options->staged, "Judge the staged changes (index against HEAD)");
    sub->add_flag("--worktree", options->worktree, "Judge the working tree's tracked changes against HEAD");
    sub->add_option("--packet", options->packet, "The packet making the change")->type_name("ID");
    sub->add_option("--ack", options->acks, "Coordinated with OWNER (repeatable)")
        ->type_name("OWNER")
        ->allow_extra_args(false);
    sub->add_option("--checkpoint", options->checkpoints, "Also evaluate this checkpoint (repeatable)")
        ->type_name("C")
        ->allow_extra_args(false);
    sub->add_flag("--force", options->force,
                  "Evaluate the --checkpoint ones even if their prerequisites are not complete");
    sub->add_option("--trusted-inventory", options->trusted,
                    "Read the inventory from the base commit (base) or the work tree (worktree)")
        ->type_name("WHERE")
        ->capture_default_str();
    sub->add_option("--baseline", options->baseline,
                    "Coverage figures no-drop compares with (results.json or coverage JSON)")
        ->type_name("FILE");
    sub->add_flag("--record", options->record,
                  "Store the verdict as a git note on the head commit (refs/notes/tollgate, kind \"check\")");
    sub->add_flag("--notify{send}", options->notify,
                  "Send this check's events to the inventory's alert channels, each once; "
                  "--notify=dry-run prints the payloads instead");
    sub->add_option("--today", options->today, "Pretend today is DATE (also TOLLGATE_TODAY)")
        ->type_name("YYYY-MM-DD")
        ->group("");
    options->jobs_option =
        sub->add_option("-j,--jobs", options->jobs, "Gates to run at once (default: number of CPUs)")->type_name("N");
    sub->add_flag("--dry-run", options->dry_run, "Decide everything that needs no gate; list the gates, run none");
    sub->add_flag("--stop-on-failure", options->stop_on_failure, "Start no new gate after one fails");
    sub->add_option("--report-dir", options->report_dir, "Write results.json, junit.xml and summary.md here")
        ->type_name("DIR");
    sub->add_option("--timeout-grace", options->grace, "Time between SIGTERM and SIGKILL when stopping a gate")
        ->type_name("DUR")
        ->capture_default_str();
    sub->add_option("--format", options->format, "Output: " + format_list(k_check_formats))
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->footer(k_check_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_check_verb(global, io, *options); };
    });
}

}  // namespace tollgate
