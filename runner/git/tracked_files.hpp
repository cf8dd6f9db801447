#pragma once

#include "runner/git/repository.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// The tracked files, as `git ls-files` lists them: the index's paths, each
/// once even when conflicted, sorted bytewise. A bare repository has no
/// index, so HEAD's tree is listed instead (empty when HEAD is unborn).
std::vector<std::string> list_tracked_files(const Repository& repository);

}  // namespace tollgate
