#include "runner/process/stop_signal.hpp"

#include "runner/core/error.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tollgate {

namespace {

StopSignal* g_stop = nullptr;  // the one the handler trips
struct sigaction g_previous_int {};
struct sigaction g_previous_term {};
struct sigaction g_previous_pipe {};

extern "C" void on_stop_signal(int) {
    const int saved = errno;
    if (g_stop != nullptr) g_stop->request();
    errno = saved;
}

}  // namespace

StopSignal::StopSignal() {
    if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        throw EnvironmentError(std::string("cannot create a pipe: ") + std::strerror(errno));
    }
}

StopSignal::~StopSignal() {
    ::close(m_pipe[0]);
    ::close(m_pipe[1]);
}

void StopSignal::request() noexcept {
    m_count.fetch_add(1);
    const char byte = 1;
    // A full pipe already wakes the poller; the result does not matter.
    [[maybe_unused]] const auto n = ::write(m_pipe[1], &byte, 1);
}

void StopSignal::drain() noexcept {
    char buf[64];
    while (::read(m_pipe[0], buf, sizeof buf) > 0) {
    }
}

SignalGuard::SignalGuard(StopSignal& stop) {
    g_stop = &stop;
    struct sigaction action {};
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previous_int);
    ::sigaction(SIGTERM, &action, &g_previous_term);
    // A closed stdout (`tollgate run | head`) must not kill tollgate while
    // gates run in their own process groups: they would be orphaned. Writes
    // then fail with EPIPE instead; gates get SIGPIPE back before exec.
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGPIPE, &ignore, &g_previous_pipe);
}

SignalGuard::~SignalGuard() {
    ::sigaction(SIGINT, &g_previous_int, nullptr);
    ::sigaction(SIGTERM, &g_previous_term, nullptr);
    ::sigaction(SIGPIPE, &g_previous_pipe, nullptr);
    g_stop = nullptr;
}

}  // namespace tollgate
