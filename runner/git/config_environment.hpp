#pragma once

// git's GIT_CONFIG_NOSYSTEM and GIT_CONFIG_GLOBAL for libgit2, which (in
// 1.5) reads /etc/gitconfig, ~/.gitconfig and $XDG_CONFIG_HOME/git/config
// whatever they say. Scripts, CI jobs and tests set them to keep a host's
// configuration out; tollgate must then read what git would read.

#include <git2.h>

namespace tollgate::libgit {

/// Points libgit2's system, global and XDG config search paths where git's
/// variables say: GIT_CONFIG_NOSYSTEM (true) drops the system file;
/// GIT_CONFIG_GLOBAL=FILE replaces ~/.gitconfig and the XDG file by FILE
/// (see add_environment_config). Call right after the first git_libgit2_init.
void apply_config_search_paths();

/// Adds GIT_CONFIG_GLOBAL's file to `repo`'s configuration at the global
/// level when no search path can name it (a file not called .gitconfig).
/// Call on every repository tollgate opens; a no-op without the variable.
void add_environment_config(git_repository* repo);

}  // namespace tollgate::libgit
