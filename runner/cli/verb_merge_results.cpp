// Placeholder until the verb lands; see unimplemented.hpp.
#include "runner/cli/unimplemented.hpp"

namespace tollgate {

void register_merge_results(CLI::App& app, VerbAction& action) {
    register_unimplemented(app, action, "merge-results", "Combine shard results into one verdict and report");
}

}  // namespace tollgate
