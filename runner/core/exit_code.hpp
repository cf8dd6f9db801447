#pragma once

namespace tollgate {

/// Process exit codes of DESIGN §4; scripts rely on these numbers.
enum class ExitCode : int {
    pass = 0,          ///< every gate and blocking rule passed
    fail = 1,          ///< a gate or a blocking rule failed
    usage = 2,         ///< bad command line or inventory
    environment = 3,   ///< not a repo, base not found, shallow history, I/O
    interrupted = 130  ///< SIGINT or SIGTERM
};

/// The integer a process should exit with for `code`.
constexpr int to_int(ExitCode code) {
    return static_cast<int>(code);
}

}  // namespace tollgate
