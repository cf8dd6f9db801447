#include "runner/cli/unimplemented.hpp"

#include "runner/core/error.hpp"

#include <CLI/CLI.hpp>

namespace tollgate {

void register_unimplemented(CLI::App& app, VerbAction& action, const std::string& name,
                            const std::string& description) {
    auto* sub = app.add_subcommand(name, description + " [not implemented yet]");
    sub->allow_extras();
    sub->callback([&action, name] {
        action = [name](const GlobalOptions&, Io&) -> int {
            throw UsageError("'" + name + "' is not implemented in tollgate " TOLLGATE_VERSION,
                             "see README.md for the verbs available");
        };
    });
}

}  // namespace tollgate
