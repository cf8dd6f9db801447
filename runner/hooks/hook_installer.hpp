#pragma once

// Installing tollgate's git hooks next to whatever hooks a repository
// already has: an existing hook is moved aside and chained (called first by
// ours), never overwritten; uninstalling puts it back.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// The hooks tollgate can install.
enum class HookKind { pre_push, pre_merge_commit };

/// "pre-push" or "pre-merge-commit".
std::string to_string(HookKind kind);
/// Parses a hook name; throws UsageError naming the valid ones.
HookKind parse_hook_kind(const std::string& name);

/// Where to install and what with.
struct HookTarget {
    std::filesystem::path dir;  ///< the hooks directory
    bool configured = false;    ///< it came from core.hooksPath (must exist then)
    std::string tollgate;       ///< absolute path baked in as the default $TOLLGATE
};

/// The line that marks a hook file as tollgate's.
inline constexpr std::string_view hook_marker = "# tollgate-hook:";

/// The hook file's text: the template with `tollgate` as the default binary.
std::string hook_script(HookKind kind, const std::string& tollgate);

/// Installs one hook and returns what it did, one line per action. A
/// previous hook of tollgate's is replaced (re-install is idempotent); any
/// other regular file is renamed to NAME.tollgate-chained first. Throws
/// EnvironmentError for: a core.hooksPath that does not exist, a hook that
/// is a symlink (its target may be shared with other repositories or
/// tools, so it is not moved or rewritten), a non-regular file, or a hook
/// and a NAME.tollgate-chained both present.
std::vector<std::string> install_hook(const HookTarget& target, HookKind kind);

/// Removes tollgate's hook and restores the chained one. Nothing to do when
/// absent; a hook that is not tollgate's is left alone (UsageError).
std::vector<std::string> uninstall_hook(const HookTarget& target, HookKind kind);

}  // namespace tollgate
