// `tollgate init`: a starter tollgate.yml from what the repository already
// holds (CODEOWNERS, build files, the remote HEAD), so nobody starts from a
// blank page (DESIGN §2 "getting started"). The reading and writing live in
// runner/init/; this file is the command line and the file system.
#include "runner/cli/verbs.hpp"

#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/core/text.hpp"
#include "runner/git/remote_head.hpp"
#include "runner/git/repository.hpp"
#include "runner/init/codeowners_reader.hpp"
#include "runner/init/draft_check.hpp"
#include "runner/init/plan_docs.hpp"
#include "runner/init/plan_reader.hpp"
#include "runner/init/plan_writer.hpp"
#include "runner/init/repo_probe.hpp"
#include "runner/init/starter_inventory.hpp"
#include "runner/inventory/loader.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

namespace tollgate {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_init_footer =
    "init writes tollgate.yml at the repository root (or the current directory\n"
    "outside a repository). It takes:\n"
    "  zones    from CODEOWNERS (the first of .github/CODEOWNERS, CODEOWNERS,\n"
    "           docs/CODEOWNERS, as GitHub looks), in order, comments kept; each\n"
    "           owner becomes a placeholder packet the team still has to split up;\n"
    "           lines GitHub ignores (negation '!', bad patterns) are warnings\n"
    "  gates    from CMakeLists.txt with CTest, Makefile test/check/lint targets,\n"
    "           pytest in pyproject.toml (or pytest.ini, tox.ini, setup.cfg),\n"
    "           package.json test/lint scripts, go.mod and Cargo.toml\n"
    "  base     from origin/HEAD, else the checked-out branch, else main\n"
    "Every guess carries a `# from FILE:LINE` or `# guessed:` comment. The draft is\n"
    "read back through the loader and validator, and whatever they find is printed.\n\n"
    "init --from PLAN.md drafts from the Markdown plan a team already wrote, by\n"
    "structure rather than wording:\n"
    "  tables   packets from a table with a batch/id column (name or title,\n"
    "           priority, effort like `2-3 days` or `4h`, dependencies like\n"
    "           `Batch 1, 2`, `All previous`, `None`, owner); conflict zones from a\n"
    "           table of areas and owners, the rule read from the owner's words\n"
    "           (\"only\" exclusive, \"creates, others extend\" extend, \"creates,\n"
    "           others use\" coordinate, \"owns section\" shared); lanes from\n"
    "           `Agent A | Agent B` tables\n"
    "  fences   YAML blocks with streams, agents, checkpoints and risk triggers;\n"
    "           shell blocks under a heading such as \"After Batch 1\" or \"Final\n"
    "           Gate\" become gates of that checkpoint (comments only: a manual gate)\n"
    "  prose    \"Batch 5 waits for Batch 4\", \"Batch 8 should ideally follow\n"
    "           Batch 3\" (prefer-after), \"Days 8-15\" windows (due days), and the\n"
    "           progress checklist\n"
    "What it cannot map stays a `# from PLAN.md:LINE: …` comment after the entry\n"
    "drafted from the plan text above it; --report lists what was mapped, what was\n"
    "guessed and what was left for a person.\n\n"
    "Examples:\n"
    "  tollgate init                 write tollgate.yml\n"
    "  tollgate init --stdout        print it instead\n"
    "  tollgate init --force         replace an existing tollgate.yml\n"
    "  tollgate init --from docs/PLAN.md --report\n"
    "  tollgate init --from PLAN.md --stdout > draft.yml\n\n"
    "Exit codes: 0 written (or printed), 2 an inventory already exists (use --force\n"
    "or --stdout), a missing plan or a bad option, 3 a file cannot be read or\n"
    "written.";

struct InitCliOptions {
    bool force = false;
    bool to_stdout = false;
    std::string from;  ///< --from PLAN.md
    bool report = false;
};

struct Workspace {
    fs::path root;
    std::string base;
    std::string base_origin;
};

Workspace find_workspace() {
    Workspace w;
    w.root = fs::current_path();
    w.base = "main";
    w.base_origin = "guessed: not a git repository; main is tollgate's default";
    const auto repository = Repository::try_discover(w.root);
    if (!repository) return w;
    if (!repository->workdir().empty()) w.root = repository->workdir();
    if (auto remote = remote_head_branch(*repository); !remote.empty()) {
        w.base = remote;
        w.base_origin = "from refs/remotes/origin/HEAD";
    } else if (auto branch = repository->current_branch(); !branch.empty()) {
        w.base = branch;
        w.base_origin = "guessed: the checked-out branch (no origin/HEAD)";
    } else {
        w.base_origin = "guessed: no origin/HEAD and HEAD is detached; main is tollgate's default";
    }
    return w;
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw EnvironmentError("cannot read '" + file.string() + "'");
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

std::string project_name(const fs::path& root) {
    auto name = root.lexically_normal().filename().string();
    if (name.empty()) name = root.lexically_normal().parent_path().filename().string();
    return name.empty() ? std::string("project") : name;
}

// The draft's own problems, as the loader and validator word them.
void report_draft_findings(Io& io, const std::string& text, const fs::path& target) {
    Diagnostics diagnostics;
    check_draft(text, target, diagnostics);
    for (const auto& d : diagnostics.sorted()) io.err << printable(d.str()) << '\n';
    if (diagnostics.has_errors()) {
        io.err << "tollgate: the draft does not validate yet; fix the lines above\n";
    }
}

// Never replace an inventory a person wrote unless they asked to.
void refuse_overwrite(const InitCliOptions& cli, const Workspace& w, const fs::path& target) {
    if (cli.to_stdout || cli.force) return;
    for (const auto& existing : {target, w.root / "tollgate.yml", w.root / ".tollgate.yml"}) {
        std::error_code ec;
        if (fs::exists(existing, ec)) {
            throw UsageError("'" + display_path(existing) + "' already exists; init does not overwrite it",
                             "use --force to replace it, or --stdout to print the draft instead");
        }
    }
}

void write_text(const fs::path& target, const std::string& text) {
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) throw EnvironmentError("cannot write '" + target.string() + "'");
}

int run_init_from(const GlobalOptions& global, Io& io, const InitCliOptions& cli) {
    const Workspace w = find_workspace();
    const fs::path target = global.inventory.empty() ? w.root / "tollgate.yml" : fs::absolute(global.inventory);
    refuse_overwrite(cli, w, target);
    const fs::path plan = fs::absolute(cli.from);
    std::error_code ec;
    if (!fs::is_regular_file(plan, ec)) throw UsageError("plan '" + cli.from + "' not found", "name a Markdown file");
    if (fs::file_size(plan, ec) > (8u << 20)) throw UsageError("plan '" + cli.from + "' is larger than 8 MiB");
    auto draft = draft_from_plan(read_text(plan), plan.filename().string());
    resolve_packet_docs(draft, plan.parent_path(), w.root);
    const std::string text = render_plan_draft(draft);
    report_draft_findings(io, text, target);
    std::ostream& report = cli.to_stdout ? io.err : io.out;
    if (cli.to_stdout) {
        io.out << text;
    } else {
        write_text(target, text);
        io.out << "tollgate: wrote " << printable(display_path(target)) << " from " << printable(cli.from) << " ("
               << draft.packets.size() << " packets, " << draft.zones.size() << " zones, " << draft.gates.size()
               << " gates, " << draft.checkpoints.size() << " checkpoints; " << draft.guessed.size() << " guessed, "
               << draft.left.size() << " left for a person)\n";
    }
    if (cli.report) report << render_plan_report(draft);  // each line already made printable
    return to_int(ExitCode::pass);
}

int run_init(const GlobalOptions& global, Io& io, const InitCliOptions& cli) {
    if (!cli.from.empty()) return run_init_from(global, io, cli);
    if (cli.report) throw UsageError("--report needs --from PLAN.md", "the starter's guesses are its comments");
    const Workspace w = find_workspace();
    const fs::path target = global.inventory.empty() ? w.root / "tollgate.yml" : fs::absolute(global.inventory);
    refuse_overwrite(cli, w, target);

    StarterInputs inputs;
    inputs.project = project_name(w.root);
    inputs.project_origin = "guessed: the repository's directory name";
    inputs.base = w.base;
    inputs.base_origin = w.base_origin;
    if (const auto codeowners = find_codeowners(w.root)) {
        inputs.codeowners = read_codeowners(read_text(w.root / *codeowners), *codeowners);
        for (const auto& warning : inputs.codeowners->warnings) {
            io.err << "tollgate: warning: " << printable(*codeowners) << ':' << warning.line << ": "
                   << printable(warning.message) << '\n';
        }
    }
    inputs.gates = probe_repository(w.root);
    StarterSummary summary;
    const std::string text = render_starter_inventory(inputs, &summary);
    report_draft_findings(io, text, target);

    if (cli.to_stdout) {
        io.out << text;
        return to_int(ExitCode::pass);
    }
    write_text(target, text);
    io.out << "tollgate: wrote " << printable(display_path(target)) << " (" << summary.zones << " zones, "
           << summary.packets << " placeholder packets, " << summary.gates << " candidate gates";
    if (inputs.codeowners) io.out << "; from " << printable(inputs.codeowners->path);
    io.out << ")\ntollgate: read it through, then run `tollgate validate`\n";
    return to_int(ExitCode::pass);
}

}  // namespace

void register_init(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<InitCliOptions>();
    auto* sub = app.add_subcommand("init", "Draft a starter tollgate.yml from CODEOWNERS and the repository");
    sub->add_flag("--force", options->force, "Replace an existing tollgate.yml");
    sub->add_flag("--stdout", options->to_stdout, "Print the draft instead of writing it");
    sub->add_option("--from", options->from, "Draft from a Markdown plan (tables, fenced YAML and shell blocks)")
        ->type_name("PLAN.md");
    sub->add_flag("--report", options->report, "With --from: list what was mapped, guessed and left for a person");
    sub->footer(k_init_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_init(global, io, *options); };
    });
}

}  // namespace tollgate
