#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace tollgate::test {

/// What a finished command printed and how it exited.
struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Runs `script` with /bin/sh -c in `cwd`, capturing stdout and stderr
/// (through temp files, so there is no pipe deadlock). Test helper only.
CommandResult sh(const std::string& script, const std::filesystem::path& cwd = {});

/// Runs the built tollgate binary with `args` in `cwd` (NO_COLOR set).
CommandResult run_tollgate(const std::vector<std::string>& args, const std::filesystem::path& cwd = {});

/// Quotes `s` for /bin/sh.
std::string shell_quote(const std::string& s);

/// The repository's source directory (for examples and fixtures).
std::filesystem::path source_dir();

/// Absolute path of the built tollgate binary.
const char* tollgate_binary();

}  // namespace tollgate::test

// The paths are compiled into shell.cpp alone: as -D flags on every test
// file they made each checkout's objects differ, so ccache could not share
// them between build directories. The macro keeps test code short.
#define TOLLGATE_BINARY (::tollgate::test::tollgate_binary())
