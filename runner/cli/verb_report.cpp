// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_report(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "report", "Progress report from git history and recorded results");
}

}  // namespace tollgate
