// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_zones(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "zones", "Which zone, rule and owner each path falls in");
}

}  // namespace tollgate
