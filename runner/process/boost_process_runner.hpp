#pragma once

#include "runner/process/process_runner.hpp"
#include "runner/process/stop_signal.hpp"

#include <memory>

namespace tollgate {

/// How long tollgate keeps reading a gate's pipes after its main process has
/// exited and its process group was killed. Only a process that left the
/// group (setsid) can still hold them; after this its output is abandoned.
inline constexpr Millis pipe_drain_limit{1000};

/// The real ProcessRunner (Boost.Process v1, Linux/POSIX).
///
/// Every process runs in its own process group with stdin on /dev/null; its
/// stdout and stderr are drained by one poll() loop into a capped log. On a
/// timeout the group gets SIGTERM, then SIGKILL after the grace period. When
/// the main process exits, whatever is left of its group is killed: gates
/// must not leave background processes behind. When `stop` is requested
/// (SIGINT/SIGTERM to tollgate), every group is stopped the same way and the
/// outcomes say `interrupted`; a second request sends SIGKILL at once.
class BoostProcessRunner final : public ProcessRunner {
public:
    explicit BoostProcessRunner(StopSignal* stop_signal = nullptr);
    /// Kills (SIGKILL) and reaps whatever is still running.
    ~BoostProcessRunner() override;
    BoostProcessRunner(const BoostProcessRunner&) = delete;
    BoostProcessRunner& operator=(const BoostProcessRunner&) = delete;

    /// Spawns at once; "command not found" and the like come back from wait_any().
    ProcessTicket start(const ProcessSpec& spec) override;
    /// Polls pipes, exits, deadlines and the stop signal until one process is done.
    std::pair<ProcessTicket, ProcessOutcome> wait_any() override;
    /// Processes started whose outcome has not been returned yet.
    [[nodiscard]] std::size_t running() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace tollgate
