// `tollgate hook install|uninstall`: git hooks that run `tollgate check`
// before a push (and optionally before a merge commit), next to the hooks a
// repository already has (DESIGN §2).
#include "runner/cli/verbs.hpp"

#include "runner/cli/workspace.hpp"

#include "runner/core/error.hpp"
#include "runner/core/exit_code.hpp"
#include "runner/core/text.hpp"
#include "runner/git/hooks_dir.hpp"
#include "runner/git/repository.hpp"
#include "runner/hooks/hook_installer.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

namespace tollgate {

namespace {

constexpr const char* k_hook_footer =
    "install puts tollgate's hook in the directory git runs hooks from: core.hooksPath\n"
    "when set (it must exist), else .git/hooks. A hook already there is never\n"
    "overwritten: it is renamed NAME.tollgate-chained and tollgate's hook calls it\n"
    "first with the same arguments and input; if it fails, the push stops there.\n"
    "A hook that is a symlink is refused (its target may serve other repositories or\n"
    "tools); replace it with a script that calls the target. uninstall removes\n"
    "tollgate's hook and puts the chained one back. Installing twice is harmless.\n\n"
    "pre-push (the default) runs, for every ref the push updates,\n"
    "  tollgate check --base <remote sha> --head <local branch ref>\n"
    "and for a new branch `tollgate check --head <local branch ref>` (base: the merge\n"
    "base with the inventory's `base`); deletions are skipped. pre-merge-commit runs\n"
    "`tollgate check --staged` on the merge result. A rejection names the reason and\n"
    "the escape hatch: TOLLGATE_SKIP=1 git push. The hooks call the tollgate that\n"
    "installed them (or $TOLLGATE). Their text is in ci-templates/hooks/.\n\n"
    "Examples:\n"
    "  tollgate hook install\n"
    "  tollgate hook install --hook pre-push --hook pre-merge-commit\n"
    "  tollgate hook uninstall\n\n"
    "Exit codes: 0 done, 2 usage error (unknown hook; uninstalling a hook that is not\n"
    "tollgate's), 3 not a repository, core.hooksPath missing, a symlinked hook, or a\n"
    "file that cannot be written.";

struct HookCliOptions {
    std::vector<std::string> hooks;
};

int run_hook(Io& io, const HookCliOptions& cli, bool install) {
    std::vector<HookKind> kinds;
    for (const auto& h : cli.hooks) kinds.push_back(parse_hook_kind(h));
    if (kinds.empty()) kinds.push_back(HookKind::pre_push);
    const auto repository = Repository::discover(std::filesystem::current_path());
    const HooksDir dir = hooks_dir(repository);
    const HookTarget target{dir.path, dir.configured, own_executable_path()};
    for (const auto kind : kinds) {
        const auto done = install ? install_hook(target, kind) : uninstall_hook(target, kind);
        for (const auto& line : done) io.out << "tollgate: " << line << '\n';
    }
    if (install && dir.configured) io.out << "tollgate: (core.hooksPath is " << printable(dir.path.string()) << ")\n";
    return to_int(ExitCode::pass);
}

}  // namespace

void register_hook(CLI::App& app, VerbAction& action) {
    auto* sub = app.add_subcommand("hook", "Install or uninstall git hooks (pre-push, pre-merge-commit)");
    sub->require_subcommand(1);
    sub->footer(k_hook_footer);
    for (const bool install : {true, false}) {
        auto options = std::make_shared<HookCliOptions>();
        auto* verb = sub->add_subcommand(install ? "install" : "uninstall",
                                         install ? "Install tollgate's hooks, chaining any existing hook"
                                                 : "Remove tollgate's hooks, restoring chained ones");
        verb->add_option("--hook", options->hooks, "pre-push (default) or pre-merge-commit (repeatable)")
            ->type_name("NAME")
            ->allow_extra_args(false);
        verb->footer(k_hook_footer);
        verb->callback([&action, options, install] {
            action = [options, install](const GlobalOptions&, Io& io) { return run_hook(io, *options, install); };
        });
    }
}

}  // namespace tollgate
