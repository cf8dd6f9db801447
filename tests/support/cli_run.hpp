#pragma once

// run_cli in the test process, for tests of argument handling: no child
// process, so a usage error costs microseconds and a debugger sees it all.

#include <string>
#include <vector>

namespace tollgate::test {

/// What an in-process run_cli returned and printed.
struct CliOutcome {
    int code = -1;
    std::string out;
    std::string err;
};

/// Runs run_cli with `args` after the program name, capturing stdout and
/// stderr; the current directory is restored afterwards, since -C moves it.
/// (The built binary as a child process is run_tollgate in shell.hpp.)
CliOutcome run_cli_in_process(std::vector<std::string> args);

/// Same, with `-C` a fresh empty directory (no inventory, no repository):
/// an error raised from the flags alone reads the same there, while one that
/// tried to read the inventory says no tollgate.yml was found.
CliOutcome run_cli_in_empty_dir(std::vector<std::string> args);

}  // namespace tollgate::test
