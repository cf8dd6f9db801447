#pragma once

#include <atomic>

namespace tollgate {

/// A latch that a signal handler can trip: an atomic count plus a pipe that
/// the process runner polls, so a blocked wait wakes up at once.
class StopSignal {
public:
    StopSignal();
    ~StopSignal();
    StopSignal(const StopSignal&) = delete;
    StopSignal& operator=(const StopSignal&) = delete;

    /// Records one stop request. Async-signal-safe.
    void request() noexcept;
    /// True once request() has been called.
    [[nodiscard]] bool requested() const noexcept { return m_count.load() > 0; }
    /// How many requests arrived (a second Ctrl-C means "stop now").
    [[nodiscard]] int count() const noexcept { return m_count.load(); }
    /// Readable after request(); the poller calls drain() once it has noticed.
    [[nodiscard]] int fd() const noexcept { return m_pipe[0]; }
    /// Empties the pipe so the next request wakes the poller again.
    void drain() noexcept;

private:
    std::atomic<int> m_count{0};
    int m_pipe[2] = {-1, -1};
};

/// While alive, SIGINT and SIGTERM request `stop` instead of killing
/// tollgate, so running gates can be stopped and partial results written,
/// and SIGPIPE is ignored. The previous handlers come back on destruction.
/// One guard at a time.
class SignalGuard {
public:
    explicit SignalGuard(StopSignal& stop);
    ~SignalGuard();
    SignalGuard(const SignalGuard&) = delete;
    SignalGuard& operator=(const SignalGuard&) = delete;
};

}  // namespace tollgate
