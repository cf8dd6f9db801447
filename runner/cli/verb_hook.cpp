// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_hook(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "hook", "Install or uninstall git hooks");
}

}  // namespace tollgate
