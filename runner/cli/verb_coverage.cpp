// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_coverage(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "coverage", "The coverage gate on its own");
}

}  // namespace tollgate
