// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_check(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "check", "The pre-merge verdict: ownership, dependencies, gates, coverage, triggers");
}

}  // namespace tollgate
