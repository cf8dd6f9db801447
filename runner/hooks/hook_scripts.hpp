#pragma once

// The hook scripts `tollgate hook install` writes. Their text lives in
// ci-templates/hooks/ (one source for hand-copying and for the installer);
// the build embeds it (runner/hooks/hook_scripts.cpp.in).

#include <string_view>

namespace tollgate {

/// ci-templates/hooks/pre-push, verbatim.
std::string_view pre_push_script();
/// ci-templates/hooks/pre-merge-commit, verbatim.
std::string_view pre_merge_commit_script();

}  // namespace tollgate
