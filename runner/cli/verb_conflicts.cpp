// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_conflicts(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "conflicts", "Predict conflicts between in-flight packet branches");
}

}  // namespace tollgate
