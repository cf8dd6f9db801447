// `tollgate zones`: which zone, rule and owner each path falls in, and why;
// for a change (--base/--head, --staged, --worktree) also the verdicts.
#include "runner/cli/verbs.hpp"

#include "runner/cli/github_env.hpp"
#include "runner/cli/output_format.hpp"
#include "runner/cli/workspace.hpp"
#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/core/path_guard.hpp"
#include "runner/core/text.hpp"
#include "runner/git/change_reader.hpp"
#include "runner/git/git_preload.hpp"
#include "runner/git/repository.hpp"
#include "runner/packets/packet_of_change.hpp"
#include "runner/report/report_files.hpp"
#include "runner/report/zones_json.hpp"
#include "runner/report/zones_text.hpp"
#include "runner/zones/ownership.hpp"
#include "runner/zones/zone_map.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>

namespace tollgate {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_zones_footer =
    "Without arguments, judges the current branch's change: HEAD against its merge\n"
    "base with the inventory's `base` branch (default: origin/HEAD's target, else\n"
    "main). --base R compares against the merge base of R and the head, as\n"
    "`git diff R...HEAD` does. --staged compares the index with HEAD; --worktree the\n"
    "tracked files of the working tree with HEAD (untracked files are not part of a\n"
    "change until added). With PATHs, looks them up instead (relative to the current\n"
    "directory): zone, rule, owners and the deciding pattern, but no verdict.\n"
    "--packet P with PATHs asks \"may packet P write these paths?\": each path gets\n"
    "P's verdict and reason as `check` would give it (an existing file is an edit\n"
    "that adds lines, a missing one an addition judged by its pattern; --ack OWNER\n"
    "for `coordinate` zones), and the exit code is 1 when any path is refused. It\n"
    "reads no git history, so an agent's pre-edit hook can run it before every\n"
    "edit: `tollgate zones --packet P -- FILE` (see `tollgate brief P`).\n"
    "Renames and copies are paired as `git diff` pairs them (git's similarity, -M50%,\n"
    "diff.renames, diff.renameLimit).\n\n"
    "The packet of a change: --packet, else the first packet whose `branches` glob\n"
    "matches the branch, else a `Packet: ID` trailer on its commits. --ack OWNER\n"
    "records coordination with OWNER for `coordinate` zones, like a\n"
    "`Coordinated-With: OWNER` trailer.\n\n"
    "JSON: {\"version\": 1, \"verdict\", \"packet\", \"base\", \"head\", \"changed\": [{\"path\",\n"
    "\"old_path\", \"status\", \"zone\", \"owner\", \"rule\", \"verdict\", \"reason\", ...}]}.\n"
    "A path that is not valid UTF-8 also gets \"path_bytes\": its exact bytes in base64.\n"
    "\"lines_added\"/\"lines_removed\" are counted only where a verdict needs them (an\n"
    "addition, copy or edit in an `extend` zone) and are null elsewhere.\n\n"
    "CI formats (for a change): github prints the text report plus one ::error\n"
    "annotation per violation (at most 10; the 10th then counts the rest), appends\n"
    "the Markdown verdict to $GITHUB_STEP_SUMMARY and `verdict`, `violations` (and\n"
    "`sarif-path`) to $GITHUB_OUTPUT; sarif prints a SARIF 2.1.0 log for code\n"
    "scanning; codequality prints GitLab's code-quality JSON. --report-dir DIR also\n"
    "writes sarif.json and codequality.json there.\n\n"
    "Exit codes: 0 no violation (always for a PATH lookup without --packet), 1 a\n"
    "change (or, with --packet, a PATH) violates a zone rule, 2 usage or inventory error, 3 not a repository, unknown "
    "ref, or a\n"
    "shallow clone without the merge base.";

struct ZonesCliOptions {
    std::vector<std::string> paths;
    std::string base;
    std::string head;
    bool staged = false;
    bool worktree = false;
    std::string packet;
    std::vector<std::string> acks;
    std::string format = "text";
    std::string report_dir;
};

constexpr std::initializer_list<OutputFormat> k_zones_formats{
    OutputFormat::text, OutputFormat::json, OutputFormat::github, OutputFormat::sarif, OutputFormat::codequality};

// The CI renderers' view of a judged change; pattern files relative to the repository.
ChangeFindings findings_of(const ZonesResult& result, const fs::path& root) {
    ChangeFindings f;
    f.verb = "zones";
    f.passed = result.passed();
    f.packet = result.packet;
    f.base_commit = result.base_commit;
    f.head_commit = result.head_commit;
    f.verdicts = result.verdicts;
    make_patterns_repo_relative(f, root);
    return f;
}

ChangeMode choose_mode(const ZonesCliOptions& cli) {
    const bool range = !cli.base.empty() || !cli.head.empty();
    if (cli.staged && cli.worktree) throw UsageError("--staged and --worktree exclude each other");
    if ((cli.staged || cli.worktree) && range) {
        throw UsageError(std::string(cli.staged ? "--staged" : "--worktree") +
                         " compares with HEAD; drop --base/--head");
    }
    if (!cli.paths.empty() && (range || cli.staged || cli.worktree)) {
        throw UsageError("give either PATHs to look up or a change (--base/--head, --staged, --worktree), not both");
    }
    if (!cli.paths.empty() && cli.packet.empty() && !cli.acks.empty()) {
        throw UsageError("--ack with PATHs needs --packet: it says who coordinated",
                         "--packet P PATH... asks whether packet P may write the PATHs");
    }
    if (!cli.paths.empty()) return ChangeMode::paths;
    if (cli.staged) return ChangeMode::staged;
    if (cli.worktree) return ChangeMode::worktree;
    return ChangeMode::range;
}

// `arg` as a repository-relative path with '/' separators.
std::string repo_relative(const std::string& arg, const fs::path& root) {
    if (arg.empty()) throw UsageError("an empty PATH names nothing");
    const fs::path cwd = fs::current_path();
    const fs::path absolute = (fs::path(arg).is_absolute() ? fs::path(arg) : cwd / arg).lexically_normal();
    const fs::path relative = absolute.lexically_relative(fs::path(root).lexically_normal());
    const std::string text = relative.generic_string();
    if (relative.empty() || text == ".." || text.rfind("../", 0) == 0) {
        throw UsageError("path '" + printable(arg) + "' is outside the repository (" + printable(root.string()) + ")");
    }
    std::string out = text == "." ? "" : text;
    while (!out.empty() && out.back() == '/') out.pop_back();
    if (out.empty()) throw UsageError("path '" + printable(arg) + "' is the repository root, not a path in it");
    return out;
}

ChangeSet lookup_change(const Inventory& inventory, const ZonesCliOptions& cli) {
    ChangeSet change;
    change.mode = ChangeMode::paths;
    const auto repository = Repository::try_discover(fs::current_path());
    fs::path root = inventory.root_dir.empty() ? fs::current_path() : fs::path(inventory.root_dir);
    if (repository && !repository->is_bare()) {
        root = repository->workdir();
        change.branch = repository->current_branch();
    }
    for (const auto& arg : cli.paths) {
        ChangedFile f;
        f.path = repo_relative(arg, root);
        change.files.push_back(std::move(f));
    }
    return change;
}

// `zones --packet P PATH...`: each path as a write P is about to make, judged
// by judge_ownership as check would judge it. Runs before every edit an agent
// makes, so it stays off libgit2: the repository root is the first folder
// holding .git (a worktree's .git file counts), as the inventory locator
// finds it. A path that exists is a modification that adds lines and
// removes none (the most an `extend` zone allows); one that does not exist
// yet is an addition, judged by the pattern it would fall under.
ChangeSet intended_writes(const Inventory& inventory, const ZonesCliOptions& cli) {
    ChangeSet change;
    change.mode = ChangeMode::paths;
    const fs::path cwd = fs::current_path();
    fs::path root = containment_root(cwd);
    if (!fs::exists(root / ".git") && !inventory.root_dir.empty()) root = inventory.root_dir;
    for (const auto& arg : cli.paths) {
        ChangedFile f;
        f.path = repo_relative(arg, root);
        std::error_code ec;
        f.status = fs::exists(root / f.path, ec) ? ChangeStatus::modified : ChangeStatus::added;
        f.lines_known = true;
        change.files.push_back(std::move(f));
    }
    return change;
}

// An allowed extension of a path nobody has edited yet has no line counts
// to quote: say what the zone allows instead of "0 line(s) added".
void state_extension_terms(std::vector<PathVerdict>& verdicts) {
    static const std::string counted = "; 0 line(s) added, none removed";
    for (auto& v : verdicts) {
        if (!v.allowed || v.rule != "extend") continue;
        const auto at = v.reason.rfind(counted);
        if (at != std::string::npos && at + counted.size() == v.reason.size())
            v.reason.replace(at, counted.size(), ": add lines, remove or rewrite none");
    }
}

int run_zones(const GlobalOptions& global, Io& io, const ZonesCliOptions& cli) {
    const OutputFormat format = parse_output_format(cli.format, "zones", k_zones_formats);
    const ChangeMode mode = choose_mode(cli);
    if (mode == ChangeMode::paths && (is_ci_format(format) || !cli.report_dir.empty())) {
        // Name what was given: --report-dir alone must not blame a --format text nobody wrote.
        const std::string given = is_ci_format(format)
                                      ? "--format " + std::string(format_name(format)) + " and --report-dir"
                                      : "--report-dir and the CI formats";
        throw UsageError(given + " report on a change, not a lookup of PATHs",
                         "drop the PATHs to judge the change (--base/--head, --staged, --worktree)");
    }
    check_report_dir(global, cli.report_dir, "--report-dir");
    if (!cli.report_dir.empty()) prepare_report_dir(cli.report_dir);
    std::optional<GitPreload> preload;  // a change is read from git: load it while the inventory parses
    if (mode != ChangeMode::paths) preload.emplace();
    const Inventory inventory = load_workspace_inventory(global);
    const ZoneMap zones(inventory);

    ChangeSet change;
    fs::path root;
    const bool intent = mode == ChangeMode::paths && !cli.packet.empty();
    if (intent) {
        change = intended_writes(inventory, cli);
    } else if (mode == ChangeMode::paths) {
        change = lookup_change(inventory, cli);
    } else {
        const auto repository = Repository::discover(fs::current_path());
        root = fs::absolute(repository.workdir()).lexically_normal();
        ChangeRequest request;
        request.mode = mode;
        request.range = range_request_from_environment(cli.base, cli.head, inventory.base);
        // Only `extend` zones look at lines; everything else needs the file
        // list alone (and without such a zone, no path needs matching here).
        request.want_lines = std::any_of(inventory.zones.begin(), inventory.zones.end(),
                                         [](const Zone& z) { return z.rule == ZoneRule::extend; });
        request.lines_for = [&zones](const ChangedFile& f) { return verdict_needs_lines(zones, f); };
        change = read_change(repository, request);
    }
    for (const auto& note : change.notes) io.err << "tollgate: note: " << printable(note) << '\n';

    ZonesResult result;
    result.mode = mode;
    result.branch = change.branch;
    result.base_ref = change.base_ref;
    result.base_commit = change.base_commit;
    result.head_ref = change.head_ref;
    result.head_commit = change.head_commit;
    result.notes = change.notes;
    result.judged = mode != ChangeMode::paths || intent;
    if (result.judged) result.packet = resolve_packet(inventory, change, cli.packet);
    result.verdicts = judge_ownership(inventory, zones, change, {result.packet, cli.acks});
    if (intent) state_extension_terms(result.verdicts);
    result.files = std::move(change.files);
    if (result.judged) {
        result.violations = static_cast<int>(std::count_if(result.verdicts.begin(), result.verdicts.end(),
                                                           [](const PathVerdict& v) { return !v.allowed; }));
    }
    if (mode != ChangeMode::paths && (is_ci_format(format) || !cli.report_dir.empty())) {
        if (format == OutputFormat::github) io.out << render_zones_text(result, false);
        write_ci_outputs(
            findings_of(result, root), format, cli.report_dir,
            {{"verdict", result.passed() ? "pass" : "fail"}, {"violations", std::to_string(result.violations)}}, io);
    }
    if (format == OutputFormat::json) {
        render_zones_json_to(result, [&io](std::string_view part) { io.out << part; });
    }
    if (format == OutputFormat::text) io.out << render_zones_text(result, io.color);
    // A lookup is information; only a judged change (or a packet's intended writes) can fail.
    if (!result.judged) return to_int(ExitCode::pass);
    return to_int(result.passed() ? ExitCode::pass : ExitCode::fail);
}

}  // namespace

void register_zones(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<ZonesCliOptions>();
    auto* sub = app.add_subcommand("zones", "Which zone, rule and owner each path falls in, and why");
    sub->add_option("paths", options->paths, "Paths to look up (default: the paths the change touches)")
        ->type_name("PATH");
    sub->add_option("--base", options->base, "Compare against the merge base of REF and the head")->type_name("REF");
    sub->add_option("--head", options->head, "The change's head (default: HEAD)")->type_name("REF");
    sub->add_flag("--staged", options->staged, "Judge the staged changes (index against HEAD)");
    sub->add_flag("--worktree", options->worktree, "Judge the working tree's tracked changes against HEAD");
    sub->add_option("--packet", options->packet, "The packet making the change (with PATHs: about to write them)")
        ->type_name("ID");
    sub->add_option("--ack", options->acks, "Coordinated with OWNER (repeatable)")->type_name("OWNER");
    sub->add_option("--format", options->format, "Output: " + format_list(k_zones_formats))
        ->type_name("FORMAT")
        ->capture_default_str();
    sub->add_option("--report-dir", options->report_dir, "For a change: write sarif.json and codequality.json here")
        ->type_name("DIR");
    sub->footer(k_zones_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_zones(global, io, *options); };
    });
}

}  // namespace tollgate
