#pragma once

// The seam between tollgate and the operating system's processes. The
// scheduler drives it from one thread: start() several, then wait_any() for
// whichever ends first. The real implementation (boost_process_runner) is the
// only code that forks; unit tests substitute a scripted fake.

#include "runner/core/duration.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tollgate {

/// Bytes of output kept per process by default (head and tail halves).
inline constexpr std::size_t default_capture_limit = std::size_t{1} << 20;

/// Default time between SIGTERM and SIGKILL when a process must stop.
inline constexpr Millis default_grace{5000};

/// What to start. `argv` is exec'd as given: a shell only runs when argv
/// names one (see command_line.hpp for when a gate's `run` string does).
struct ProcessSpec {
    std::vector<std::string> argv;           ///< argv[0] is searched on env's PATH unless it has a '/'
    std::string cwd;                         ///< working directory; empty = tollgate's own
    std::map<std::string, std::string> env;  ///< the complete environment of the child
    std::optional<Millis> timeout;           ///< wall-clock limit; nullopt = none
    Millis grace = default_grace;            ///< SIGTERM → SIGKILL delay on timeout or interrupt
    std::size_t capture_limit = default_capture_limit;
};

/// How a process ended.
enum class ProcessEnd {
    exited,           ///< returned an exit status
    signaled,         ///< killed by a signal it did not handle
    timed_out,        ///< tollgate stopped it at its timeout
    interrupted,      ///< tollgate stopped it because tollgate was interrupted
    not_found,        ///< the program does not exist (exit 127 by shell convention)
    failed_to_start,  ///< exec failed for another reason (permission, bad cwd, …)
};

/// The result of one process: how it ended, how long it took, what it printed.
struct ProcessOutcome {
    ProcessEnd end = ProcessEnd::exited;
    int exit_code = 0;  ///< exited: its status; signaled: 128+signal; not_found: 127; failed_to_start: 126
    int signal = 0;     ///< the signal that ended it, when one did
    Millis duration{0};
    std::string output;               ///< stdout and stderr merged in arrival order (head and tail)
    std::uint64_t output_bytes = 0;   ///< every byte the process wrote
    std::uint64_t dropped_bytes = 0;  ///< bytes cut from the middle of `output`
    std::string error;                ///< why it did not start, or a note on how it was stopped
    std::optional<Millis> timeout;    ///< the limit that applied (for timed_out)

    /// True only for exit status 0.
    [[nodiscard]] bool succeeded() const { return end == ProcessEnd::exited && exit_code == 0; }
    /// "exit 1", "killed by SIGSEGV", "timed out after 5m", "command not found: foo", …
    [[nodiscard]] std::string describe() const;
};

/// "SIGSEGV" for 11; "signal 77" when the number has no name.
std::string signal_name(int signal);

/// Identifies a started process until wait_any() returns it.
using ProcessTicket = std::uint64_t;

/// Starts processes and reports them as they end. Driven by one thread.
class ProcessRunner {
public:
    virtual ~ProcessRunner() = default;
    /// Starts `spec` and returns at once. A process that cannot start is not
    /// an exception: wait_any() reports it as not_found / failed_to_start.
    virtual ProcessTicket start(const ProcessSpec& spec) = 0;
    /// Blocks until a started process has ended and its output is collected.
    /// Precondition: running() > 0.
    virtual std::pair<ProcessTicket, ProcessOutcome> wait_any() = 0;
    /// Started processes whose outcome wait_any() has not returned yet.
    [[nodiscard]] virtual std::size_t running() const = 0;
};

}  // namespace tollgate
