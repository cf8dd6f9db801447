// `tollgate report`: progress from git history and recorded results (DESIGN §4, §5.10; issue #7).
#include "runner/cli/output_format.hpp"
#include "runner/cli/verbs.hpp"

#include "runner/alerts/alert_events.hpp"
#include "runner/cli/alert_notify.hpp"
#include "runner/cli/workspace.hpp"
#include "runner/core/duration.hpp"
#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/git/repository.hpp"
#include "runner/progress/completion.hpp"
#include "runner/progress/progress_reader.hpp"
#include "runner/report/completion_text.hpp"
#include "runner/report/progress_html.hpp"
#include "runner/report/progress_json.hpp"
#include "runner/report/progress_markdown.hpp"
#include "runner/report/progress_text.hpp"
#include "runner/report/report_files.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace tollgate {

namespace {

constexpr std::initializer_list<OutputFormat> k_report_formats{OutputFormat::text, OutputFormat::md, OutputFormat::json,
                                                               OutputFormat::html};

constexpr const char* k_report_footer =
    "Where the figures come from: a packet's commits are those on refs matching its\n"
    "`branches`, those a merge of such a branch brought into base (`git merge`,\n"
    "GitHub \"Merge pull request #N from owner/branch\", GitLab \"Merge branch 'x' into\n"
    "'main'\"), and those with a `Packet: ID` trailer (squash merges). A packet is done\n"
    "when its work is in base with nothing left unmerged (or `status: done`), in\n"
    "progress when it has commits, blocked when it has work but a hard prerequisite\n"
    "is not done or a blocking checkpoint it waits on failed, pending before its first\n"
    "commit. Checkpoints, coverage, gate pass rate and triggers come from results\n"
    "stored with `tollgate run --record` (git notes under\n"
    "refs/notes/tollgate; share them with `git push origin refs/notes/tollgate`).\n"
    "Every metric is defined in docs/metrics.md.\n\n"
    "Time: --today DATE (or TOLLGATE_TODAY) fixes \"today\" (the report is as of the\n"
    "end of that day, UTC), so a nightly job and its tests agree; --since sets the\n"
    "window for trends, rework and pass rates (default 30d).\n\n"
    "Examples:\n"
    "  tollgate report                         # the dashboard on the terminal\n"
    "  tollgate report --format html --out progress.html\n"
    "  tollgate report --format md >> \"$GITHUB_STEP_SUMMARY\"\n"
    "  tollgate report --packet foundation     # one packet's completion report\n"
    "  tollgate report --notify                # and the nightly alert digest\n\n"
    "--notify sends the digest: the events git shows now (task-complete,\n"
    "checkpoint-passed/-failed, task-delayed, packet-stalled after the inventory's\n"
    "`alerts.stalled-after`) that no earlier run delivered, one message per channel;\n"
    "what was delivered is kept in refs/notes/tollgate, so the next night sends only\n"
    "what is new. A failed delivery is a warning and never changes the exit code.\n\n"
    "Exit codes: 0 report written, 2 usage or inventory error (unknown packet, bad\n"
    "--since), 3 environment error (not a repository, base not found, shallow clone).";

struct ReportCliOptions {
    std::string since = "30d";
    std::string format = "text";
    std::string out;
    std::string packet;
    std::string base;
    std::string today;
    std::string notify;
};

struct Clock {
    CivilDate today;
    long long now = 0;
};

Clock clock_from(const std::string& option) {
    std::string text = option;
    std::string origin = "--today";
    if (text.empty()) {
        if (const char* env = std::getenv("TOLLGATE_TODAY"); env != nullptr && *env != '\0') {
            text = env;
            origin = "TOLLGATE_TODAY";
        }
    }
    Clock c;
    if (!text.empty()) {
        const auto day = CivilDate::parse(text);
        if (!day) throw UsageError("invalid " + origin + " '" + text + "'", "write a date as YYYY-MM-DD");
        c.today = *day;
        c.now = static_cast<long long>(day->plus_days(1).days_since(CivilDate{})) * 86400;
        return c;
    }
    c.now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    c.today = CivilDate::from_unix(c.now);
    return c;
}

int run_report(const GlobalOptions& global, Io& io, const ReportCliOptions& cli) {
    const bool packet_mode = !cli.packet.empty();
    const OutputFormat format = parse_output_format(cli.format, "report", k_report_formats);
    if (packet_mode && format == OutputFormat::html) {
        throw UsageError("--packet writes text, md or json",
                         "drop --format html, or drop --packet for the HTML dashboard");
    }
    const NotifyMode notify = parse_notify_mode(cli.notify);
    if (packet_mode && notify != NotifyMode::off) {
        throw UsageError("--notify sends the whole project's digest", "drop --packet, or drop --notify");
    }
    const auto since = parse_duration(cli.since);
    if (!since || since->count() <= 0) {
        throw UsageError("invalid --since '" + cli.since + "'", "write a duration such as 30d, 12h or 2d");
    }
    const Clock clock = clock_from(cli.today);

    const Inventory inventory = load_workspace_inventory(global);
    if (packet_mode && inventory.find_packet(cli.packet) == nullptr) {
        throw UsageError("unknown packet '" + cli.packet + "'", "see the packets with `tollgate plan`");
    }
    const Repository repository = Repository::discover(std::filesystem::current_path());
    ProgressOptions options;
    options.today = clock.today;
    options.now = clock.now;
    options.since = clock.now - std::chrono::duration_cast<std::chrono::seconds>(*since).count();
    options.since_text = cli.since;
    const GitFacts facts = read_git_facts(repository, inventory, cli.base, options.since);
    const ProgressReport report = compute_progress(inventory, facts, options);

    std::string text;
    if (packet_mode) {
        const auto& packet = *std::find_if(report.packets.begin(), report.packets.end(),
                                           [&](const PacketProgress& p) { return p.id == cli.packet; });
        const auto changes = read_packet_changes(repository, facts, packet);
        const CompletionReport completion = compute_completion(inventory, report, facts, cli.packet, changes);
        text = format == OutputFormat::json ? render_completion_json(completion)
                                            : render_completion_text(completion, format == OutputFormat::md);
    } else if (format == OutputFormat::json) {
        text = render_progress_json(report);
    } else if (format == OutputFormat::md) {
        text = render_progress_markdown(report);
    } else if (format == OutputFormat::html) {
        text = render_progress_html(report);
    } else {
        text = render_progress_text(report);
    }
    if (cli.out.empty()) {
        io.out << text;
    } else {
        write_file_atomically(cli.out, text);
        io.err << "Report written to " << cli.out << "\n";
    }
    if (notify != NotifyMode::off) {
        NotifyRequest alerts;
        alerts.mode = notify;
        alerts.inventory = &inventory;
        alerts.events = events_of_progress(report, inventory);
        // Kept on base's tip; the ledger is read across every note, so tomorrow's tip still knows.
        alerts.repository = &repository;
        alerts.commit = report.base_commit;
        alerts.payloads_to_stdout = format == OutputFormat::text && cli.out.empty();
        notify_alerts(alerts, io);
    }
    return to_int(ExitCode::pass);
}

}  // namespace

void register_report(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<ReportCliOptions>();
    auto* sub =
        app.add_subcommand("report", "Progress from git history and recorded results: dashboard, metrics, HTML");
    sub->add_option("--since", options->since, "Window for trends, rework and pass rates")
        ->type_name("DUR")
        ->capture_default_str();
    sub->add_option("--format", options->format, "Output: " + format_list(k_report_formats))
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->add_option("--out", options->out, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
    sub->add_option("--packet", options->packet, "One packet's completion report (seed 000's shape)")->type_name("ID");
    sub->add_option("--base", options->base, "Base branch (default: the inventory's `base`)")->type_name("REF");
    sub->add_option("--today", options->today, "Report as of the end of this day (also TOLLGATE_TODAY)")
        ->type_name("YYYY-MM-DD");
    sub->add_flag("--notify{send}", options->notify,
                  "Send the nightly digest of new events to the inventory's alert channels, each once; "
                  "--notify=dry-run prints the payloads instead");
    sub->footer(k_report_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_report(global, io, *options); };
    });
}

}  // namespace tollgate
