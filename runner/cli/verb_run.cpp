// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_run(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "run", "Run gates ctest-style");
}

}  // namespace tollgate
