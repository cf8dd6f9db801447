#pragma once

#include "runner/cli/verbs.hpp"

#include <string>

namespace tollgate {

/// Registers a verb of DESIGN §4 that this build does not implement yet: it
/// appears in --help and fails with exit 2 and a plain statement, never a fake pass.
void register_unimplemented(CLI::App& app, VerbAction& action, const std::string& name,
                            const std::string& description);

}  // namespace tollgate
