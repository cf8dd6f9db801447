// `tollgate start PACKET`: one packet, one branch, one worktree (issue 18):
// the packet's branch from the base, a linked worktree for it with the
// pre-push hook, and the brief in the worktree's git directory.
#include "runner/cli/verbs.hpp"

#include "runner/cli/workspace.hpp"
#include "runner/core/atomic_file.hpp"
#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/core/text.hpp"
#include "runner/git/base_resolver.hpp"
#include "runner/git/hooks_dir.hpp"
#include "runner/git/repository.hpp"
#include "runner/git/worktree_add.hpp"
#include "runner/hooks/hook_installer.hpp"
#include "runner/packets/packet_of_change.hpp"
#include "runner/progress/readiness.hpp"
#include "runner/report/brief_markdown.hpp"
#include "runner/verdict/packet_brief.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

namespace tollgate {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_start_footer =
    "Starts work on one packet the way its plan hands it to an agent:\n"
    "  1. creates the packet's branch (the first literal name its `branches`\n"
    "     allows, or --branch NAME, which must match one of them so `check` knows\n"
    "     the packet) at the tip of the inventory's `base` branch;\n"
    "  2. adds a git worktree for it (--worktree DIR; default: a folder beside the\n"
    "     repository, REPO-PACKET);\n"
    "  3. installs tollgate's pre-push hook (git runs the common hooks directory's\n"
    "     hooks in every worktree; an existing hook is chained, never overwritten);\n"
    "  4. writes `tollgate brief PACKET` into the worktree's git directory (not the\n"
    "     tree, so it is never committed) and prints its path as the last line.\n\n"
    "It refuses a packet that may not start yet, as `tollgate ready` judges it\n"
    "(done, paused, dropped, already started, an `after` packet not done or a\n"
    "blocking `after` checkpoint not passed), saying why, unless --force; and it\n"
    "refuses an existing branch, folder or worktree instead of overwriting it.\n\n"
    "Output: `branch NAME at BASE (COMMIT)`, `worktree DIR`, `hook ...`, then the\n"
    "brief's path alone, so `brief=$(tollgate start P | tail -n 1)` hands it on.\n\n"
    "Exit codes: 0 started, 1 the packet may not start yet, 2 usage error (unknown\n"
    "packet, existing branch or folder, a --branch its globs do not match), 3 not a\n"
    "repository, base branch missing, or git could not write.";

struct StartCliOptions {
    std::string packet;
    std::string branch;
    std::string worktree;
    bool force = false;
};

fs::path default_worktree_dir(const fs::path& workdir, const std::string& packet) {
    fs::path root = workdir.lexically_normal();
    if (root.filename().empty()) root = root.parent_path();
    std::string name = root.filename().string() + "-" + packet;
    for (auto& c : name)
        if (c == '/') c = '-';
    return root.parent_path() / name;
}

int run_start(const GlobalOptions& global, Io& io, const StartCliOptions& cli) {
    const Inventory inventory = load_workspace_inventory(global);
    const PacketBrief brief = make_packet_brief(inventory, cli.packet);
    const Packet& packet = *inventory.find_packet(brief.id);
    std::string branch = cli.branch.empty() ? brief.branch : cli.branch;
    if (branch.empty()) {
        throw UsageError("packet '" + printable(brief.id) + "' names no literal branch in `branches`",
                         "pass --branch NAME, a name one of its branch globs matches");
    }
    if (!packet_owns_branch(packet, branch)) {
        throw UsageError("branch '" + printable(branch) + "' matches none of packet '" + printable(brief.id) +
                             "''s branches (" + printable(join(brief.branch_patterns, ", ")) + ")",
                         "check would not know the branch as the packet's; name one its globs match");
    }
    const auto repository = Repository::discover(fs::current_path());
    if (repository.is_bare()) throw UsageError("tollgate start needs a repository with a work tree");
    const BaseBranch base = resolve_base_branch(repository, "", inventory.base);
    if (!cli.force) {
        // The one answer `tollgate ready` lists, so start never disagrees with it.
        const PacketReadiness may = readiness(read_progress_now(repository, inventory, ""), brief.id);
        if (!may.ready) {
            io.err << "tollgate: packet " << printable(brief.id) << " may not start yet: " << printable(may.reason)
                   << '\n'
                   << "tollgate: hint: --force starts it anyway\n";
            return to_int(ExitCode::fail);
        }
    }
    const fs::path dir =
        cli.worktree.empty() ? default_worktree_dir(repository.workdir(), brief.id) : fs::absolute(cli.worktree);
    fs::create_directories(dir.parent_path());
    const AddedWorktree added = add_worktree(repository, {branch, base.commit, dir});
    io.out << "branch " << printable(branch) << " at " << printable(base.ref) << " (" << base.commit.substr(0, 12)
           << ")\n";
    io.out << "worktree " << printable(added.dir.string()) << '\n';
    const auto worktree_repository = Repository::discover(added.dir);
    const HooksDir hooks = hooks_dir(worktree_repository);
    for (const auto& line : install_hook({hooks.path, hooks.configured, own_executable_path()}, HookKind::pre_push))
        io.out << "hook " << printable(line) << '\n';
    const fs::path brief_path = added.git_dir / "tollgate-brief.md";
    write_file_atomically(brief_path, render_brief_markdown(brief));
    io.out << printable(brief_path.string()) << '\n';
    return to_int(ExitCode::pass);
}

}  // namespace

void register_start(CLI::App& app, VerbAction& action) {
    auto options = std::make_shared<StartCliOptions>();
    auto* sub = app.add_subcommand("start", "Create a packet's branch and worktree, with the hook and the brief");
    sub->add_option("packet", options->packet, "The packet")->type_name("PACKET")->required();
    sub->add_option("--branch", options->branch, "The branch to create (default: the first literal `branches` name)")
        ->type_name("NAME");
    sub->add_option("--worktree", options->worktree,
                    "The worktree's folder (default: REPO-PACKET beside the repository)")
        ->type_name("DIR");
    sub->add_flag("--force", options->force, "Start the packet even if it may not start yet");
    sub->footer(k_start_footer);
    sub->callback([&action, options] {
        action = [options](const GlobalOptions& global, Io& io) { return run_start(global, io, *options); };
    });
}

}  // namespace tollgate
