// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_validate(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "validate", "Check the inventory");
}

}  // namespace tollgate
