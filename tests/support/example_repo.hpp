#pragma once

// The seed plans of examples/ as a team would hold them: copied into a test
// repository and committed, without build or coverage output.

#include "tests/support/git_repo.hpp"

#include <string>

namespace tollgate::test {

/// Copies examples/NAME into `repo`'s root (no build/, .coverage or
/// __pycache__) and commits it as "example NAME".
void copy_example(const GitRepo& repo, const std::string& name);

}  // namespace tollgate::test
