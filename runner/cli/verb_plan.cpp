// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_plan(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "plan", "Waves, critical path and ETA");
}

}  // namespace tollgate
