#pragma once

// Keeps what tollgate reads (inventory includes) and writes (report
// directories) inside the repository it works on, so a pull request cannot
// point them elsewhere with `..`, an absolute path or a committed symbolic
// link (SECURITY.md "Paths"). `--allow-outside-repo` lifts the rule.

#include <filesystem>
#include <string_view>

namespace tollgate {

/// The directory that bounds tollgate's files for work in `dir`: the root of
/// the enclosing git repository (the nearest ancestor holding `.git`), else
/// `dir` itself. Absolute, with symbolic links resolved.
std::filesystem::path containment_root(const std::filesystem::path& dir);

/// True when `path` lies in or below `root` once `..` and every symbolic
/// link along the existing part of `path` are resolved (relative paths are
/// taken from the current directory). `root` must come from containment_root.
bool is_within(const std::filesystem::path& path, const std::filesystem::path& root);

/// True when `path`, made absolute and with `..` removed but no symbolic link
/// followed, lies in or below `root`: where it is written, not where it leads.
bool is_spelled_within(const std::filesystem::path& path, const std::filesystem::path& root);

/// Throws UsageError (exit 2) when `path` is not within `root`, naming `what`
/// ("--report-dir"), where it resolves to, and the flag that allows it.
void require_within(const std::filesystem::path& path, const std::filesystem::path& root, std::string_view what);

}  // namespace tollgate
