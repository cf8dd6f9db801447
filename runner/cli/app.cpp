#include "runner/cli/app.hpp"

#include "runner/cli/verbs.hpp"
#include "runner/cli/version_text.hpp"
#include "runner/core/error.hpp"
#include "runner/core/text.hpp"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <unistd.h>
#include <vector>

namespace tollgate {

namespace {

constexpr const char* k_description =
    "tollgate makes a work-packet plan executable: it reads tollgate.yml, works out\n"
    "from git what a change touches and who owns it, runs the quality gates, and\n"
    "enforces checkpoints, coverage and risk triggers before merge.\n\n"
    "Exit codes: 0 pass, 1 a gate or blocking rule failed, 2 usage or inventory\n"
    "error, 3 environment error (not a repo, base not found, shallow history),\n"
    "130 interrupted.";

bool want_color(ColorMode mode, std::ostream& out) {
    if (mode == ColorMode::always) return true;
    if (mode == ColorMode::never) return false;
    if (std::getenv("NO_COLOR") != nullptr) return false;
    return &out == &std::cout && isatty(STDOUT_FILENO) != 0;
}

// The one path every error takes to the terminal: messages quote user text
// (paths, refs, option values, YAML), so each line goes through printable();
// a control character can neither recolour the terminal nor forge a line.
void print_error(std::ostream& err, const Error& e) {
    if (const auto* inv = dynamic_cast<const InventoryError*>(&e)) {
        for (const auto& d : inv->diagnostics().sorted()) err << printable(d.str()) << '\n';
    }
    err << "tollgate: error: " << printable(e.what()) << '\n';
    if (!e.hint().empty()) err << "tollgate: hint: " << printable(e.hint()) << '\n';
}

// CLI11 says "A subcommand is required" for `tollgate bogus`; name the verb instead.
std::string describe_parse_error(const CLI::App& app, const CLI::ParseError& e) {
    if (app.get_subcommands().empty()) {
        if (app.remaining().empty()) {
            std::vector<std::string> verbs;
            for (const auto* sub : app.get_subcommands({})) verbs.push_back(sub->get_name());
            return "no verb given; choose one of: " + join(verbs, ", ");
        }
        for (const auto& extra : app.remaining()) {
            if (extra.empty() || extra.front() == '-') continue;
            std::vector<std::string> verbs;
            for (const auto* sub : app.get_subcommands({})) verbs.push_back(sub->get_name());
            const auto guess = closest_match(extra, verbs);
            return "unknown verb '" + extra + "'" +
                   (guess.empty() ? std::string{} : " (did you mean '" + guess + "'?)");
        }
    }
    return e.what();
}

// Shows a flag with a default value (`--notify{send}`) by its name alone:
// the braces are CLI11's declaration syntax, not something a user types;
// the flag's description says what `=VALUE` it also takes.
class HelpFormatter : public CLI::Formatter {
public:
    std::string make_option_name(const CLI::Option* option, bool is_positional) const override {
        std::string name = CLI::Formatter::make_option_name(option, is_positional);
        for (auto open = name.find('{'); open != std::string::npos; open = name.find('{', open)) {
            const auto close = name.find('}', open);
            if (close == std::string::npos) break;
            name.erase(open, close + 1 - open);
        }
        return name;
    }
};

}  // namespace

int run_cli(int argc, char** argv) {
    return run_cli(argc, argv, std::cout, std::cerr);
}

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
    CLI::App app{k_description, "tollgate"};
    app.formatter(std::make_shared<HelpFormatter>());  // before the verbs: each copies it
    // A callback: the commit and the libgit2 it loads are worked out only
    // when --version is given (loading libgit2 costs every other start).
    app.set_version_flag(
        "--version", [] { return version_text(); },
        "Print the version, the commit it was built from and the libgit2 it loads");
    app.require_subcommand(1);
    app.fallthrough();  // global options may also follow the verb

    GlobalOptions global;
    app.add_option("-C", global.directory, "Run as if started in DIR")->type_name("DIR");
    app.add_option("--inventory", global.inventory,
                   "Inventory file (default: tollgate.yml or .tollgate.yml at the repo root)")
        ->type_name("FILE");
    std::string color = "auto";
    app.add_option("--color", color, "Colour output: auto (a TTY without NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name("WHEN")
        ->capture_default_str();
    app.add_flag("-v,--verbose", global.verbosity, "More detail on stderr (repeatable)");
    app.add_flag(
        "--allow-outside-repo", global.allow_outside_repo,
        "Let inventory includes lie outside the repository, and a --report-dir inside it link out (SECURITY.md)");

    VerbAction action;
    register_validate(app, action);
    register_plan(app, action);
    register_zones(app, action);
    register_check(app, action);
    register_run(app, action);
    register_coverage(app, action);
    register_conflicts(app, action);
    register_ready(app, action);
    register_report(app, action);
    register_hook(app, action);
    register_merge_results(app, action);
    register_brief(app, action);
    register_start(app, action);
    register_init(app, action);

    try {
        try {
            // ctest spells "exclude label" -LE; CLI11 would read it as -L E.
            std::vector<char*> args(argv, argv + argc);
            static char label_exclude[] = "--label-exclude";
            for (auto& a : args) {
                if (std::strcmp(a, "-LE") == 0) a = label_exclude;
            }
            app.parse(argc, args.data());
        } catch (const CLI::CallForHelp& e) {
            out << app.help();
            return 0;
        } catch (const CLI::CallForAllHelp& e) {
            out << app.help("", CLI::AppFormatMode::All);
            return 0;
        } catch (const CLI::CallForVersion& e) {
            out << e.what();  // version_text() ends with its newline
            return 0;
        } catch (const CLI::ParseError& e) {
            // CLI11 reports help requested on a subcommand as a ParseError with code 0.
            if (e.get_exit_code() == 0) {
                const CLI::App* sub = app.get_subcommands().empty() ? &app : app.get_subcommands().front();
                out << sub->help();
                return 0;
            }
            throw UsageError(describe_parse_error(app, e), "see 'tollgate --help'");
        }
        if (!global.directory.empty() && chdir(global.directory.c_str()) != 0) {
            throw EnvironmentError("cannot change to directory '" + global.directory + "': " + std::strerror(errno));
        }
        global.color = color == "always"  ? ColorMode::always
                       : color == "never" ? ColorMode::never
                                          : ColorMode::auto_detect;
        Io io{out, err, want_color(global.color, out)};
        const int code = action ? action(global, io) : to_int(ExitCode::usage);
        // A verdict or report that never reached its reader (a full disk
        // behind a redirect) must not look like success.
        // A stream that failed earlier keeps failing; errno still names the
        // failed write, as nothing that sets it ran since.
        if (!out.flush()) {
            const int e = errno;
            throw EnvironmentError(std::string("cannot write the output: ") +
                                   (e != 0 ? std::strerror(e) : "write error"));
        }
        return code;
    } catch (const Error& e) {
        print_error(err, e);
        return to_int(e.code());
    } catch (const std::bad_alloc&) {
        err << "tollgate: error: out of memory\n";
        return to_int(ExitCode::environment);
    } catch (const std::exception& e) {
        // Reaching here is a tollgate bug; still never crash on the user.
        err << "tollgate: internal error: " << printable(e.what()) << '\n';
        return to_int(ExitCode::environment);
    }
}

}  // namespace tollgate
