#pragma once

// Each verb lives in its own verb_<name>.cpp and registers a CLI11 subcommand.
// The callback stored in `action` runs after parsing succeeds and returns the
// exit code; errors propagate as exceptions to run_cli.

#include "runner/cli/global_options.hpp"

#include <functional>

namespace CLI {
class App;
}

namespace tollgate {

/// The verb chosen on the command line, bound to its parsed options.
using VerbAction = std::function<int(const GlobalOptions&, Io&)>;

void register_validate(CLI::App& app, VerbAction& action);
void register_plan(CLI::App& app, VerbAction& action);
void register_zones(CLI::App& app, VerbAction& action);
void register_check(CLI::App& app, VerbAction& action);
void register_run(CLI::App& app, VerbAction& action);
void register_coverage(CLI::App& app, VerbAction& action);
void register_conflicts(CLI::App& app, VerbAction& action);
void register_ready(CLI::App& app, VerbAction& action);
void register_report(CLI::App& app, VerbAction& action);
void register_hook(CLI::App& app, VerbAction& action);
void register_merge_results(CLI::App& app, VerbAction& action);
void register_brief(CLI::App& app, VerbAction& action);
void register_start(CLI::App& app, VerbAction& action);
void register_init(CLI::App& app, VerbAction& action);

}  // namespace tollgate
