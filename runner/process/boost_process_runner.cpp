// The only file in tollgate that includes Boost.Process (house rule). Boost
// spawns (fork, setpgid in the child, redirections, exec-error reporting);
// waiting, reading and killing are done here with one poll() loop, a pidfd
// per child and kill() on process groups, because Boost.Process v1's own
// waiting cannot watch many children and their pipes at once.

#include "runner/process/boost_process_runner.hpp"

#include "runner/process/captured_output.hpp"

// Boost.Process 1.74 hides its vfork executor behind feature macros that
// glibc no longer sets (vfork left POSIX in 2008), although glibc and Linux
// provide it. Opt in explicitly; see bp::posix::use_vfork below for why.
#ifndef BOOST_POSIX_HAS_VFORK
#define BOOST_POSIX_HAS_VFORK 1
#endif

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/extend.hpp>
#include <boost/process/io.hpp>
#include <boost/process/pipe.hpp>
#include <boost/process/posix.hpp>
#include <boost/process/start_dir.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <list>
#include <optional>
#include <poll.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace bp = boost::process;

namespace tollgate {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t k_read_chunk = 64 * 1024;
constexpr int k_reads_per_wake = 4;  // per fd, so one chatty gate cannot starve the others
// Without pidfds (Linux < 5.3) a child's exit is noticed by polling this often.
constexpr Millis k_exit_poll_interval{20};

int open_pidfd(pid_t pid) {
#ifdef SYS_pidfd_open
    const long fd = ::syscall(SYS_pidfd_open, pid, 0);  // close-on-exec by definition
    if (fd >= 0) return static_cast<int>(fd);
#endif
    (void)pid;
    return -1;
}

// True when the child has exited, without reaping it (so its pid, which is
// also its process group id, stays reserved until we have killed the group).
bool has_exited(pid_t pid) {
    siginfo_t info{};
    return ::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid;
}

bool exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && !S_ISDIR(st.st_mode);
}

bool is_executable_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

bool is_directory(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string under(const std::string& cwd, const std::string& path) {
    if (path.starts_with('/') || cwd.empty()) return path;
    return cwd + "/" + path;
}

// execvp's search, done in the parent against the child's own PATH, so
// "command not found" needs no fork and the message can name the program.
std::optional<std::string> find_program(const std::string& name, const ProcessSpec& spec) {
    if (name.empty()) return std::nullopt;
    if (name.find('/') != std::string::npos) {
        const std::string path = under(spec.cwd, name);
        return exists(path) ? std::optional(path) : std::nullopt;
    }
    const auto it = spec.env.find("PATH");
    const std::string path_var = it != spec.env.end() ? it->second : "/usr/bin:/bin";
    std::optional<std::string> not_executable;
    std::size_t start = 0;
    while (start <= path_var.size()) {
        auto end = path_var.find(':', start);
        if (end == std::string::npos) end = path_var.size();
        const std::string dir = end == start ? "." : path_var.substr(start, end - start);
        const std::string candidate = under(spec.cwd, dir + "/" + name);
        if (is_executable_file(candidate)) return candidate;
        if (!not_executable && exists(candidate)) not_executable = candidate;  // exec reports EACCES
        start = end + 1;
    }
    return not_executable;
}

void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

// One started process, from spawn until wait_any() hands out its outcome.
struct Running {
    ProcessTicket ticket = 0;
    bp::child child;
    pid_t pid = -1;
    int pidfd = -1;
    int out_fd = -1;
    int err_fd = -1;
    CapturedOutput capture;
    Clock::time_point started;
    Clock::time_point ended;
    std::optional<Millis> timeout;
    Millis grace{0};
    std::optional<Clock::time_point> deadline;     // the timeout
    std::optional<Clock::time_point> kill_at;      // SIGKILL once the grace is over
    std::optional<Clock::time_point> drain_until;  // stop reading pipes held by escapees
    std::optional<ProcessEnd> forced;              // timed_out or interrupted
    bool exited = false;
    bool abandoned_pipes = false;
    int status = 0;

    explicit Running(std::size_t capture_limit) : capture(capture_limit) {}
    [[nodiscard]] bool finished() const { return exited && out_fd < 0 && err_fd < 0; }
};

void signal_group(const Running& r, int sig) {
    // The child made itself a group leader before exec; fall back to the
    // single pid should that ever have failed.
    if (::kill(-r.pid, sig) != 0 && errno == ESRCH && !r.exited) ::kill(r.pid, sig);
}

void begin_stop(Running& r, ProcessEnd why, Clock::time_point now) {
    if (r.exited || r.forced) return;
    r.forced = why;
    signal_group(r, SIGTERM);
    r.kill_at = now + r.grace;
}

void on_main_exit(Running& r, Clock::time_point now) {
    // Kill the rest of the group before reaping: until then the zombie keeps
    // the group id from being reused.
    signal_group(r, SIGKILL);
    std::error_code ec;
    r.child.wait(ec);
    r.status = r.child.native_exit_code();
    r.exited = true;
    r.ended = now;
    r.kill_at.reset();
    r.drain_until = now + pipe_drain_limit;
    close_fd(r.pidfd);
}

ProcessOutcome outcome_of(Running& r) {
    ProcessOutcome o;
    o.duration = std::chrono::duration_cast<Millis>(r.ended - r.started);
    o.output = r.capture.text();
    o.output_bytes = r.capture.total_bytes();
    o.dropped_bytes = r.capture.dropped_bytes();
    o.timeout = r.timeout;
    const int st = r.status;
    if (WIFSIGNALED(st)) o.signal = WTERMSIG(st);
    o.exit_code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + o.signal;
    if (r.forced) o.end = *r.forced;
    else o.end = WIFEXITED(st) ? ProcessEnd::exited : ProcessEnd::signaled;
    if (r.abandoned_pipes) {
        o.error = "stopped reading output " + format_duration(pipe_drain_limit) +
                  " after the process exited: a process outside its group still held stdout/stderr";
    }
    return o;
}

}  // namespace

struct BoostProcessRunner::Impl {
    StopSignal* stop = nullptr;
    ProcessTicket next = 0;
    std::list<Running> running;
    std::deque<std::pair<ProcessTicket, ProcessOutcome>> done;
    int seen_requests = 0;
    std::vector<char> buffer = std::vector<char>(k_read_chunk);

    ProcessTicket fail(ProcessTicket ticket, const ProcessSpec& spec, ProcessEnd end, int code, std::string error) {
        ProcessOutcome o;
        o.end = end;
        o.exit_code = code;
        o.error = std::move(error);
        o.timeout = spec.timeout;
        done.emplace_back(ticket, std::move(o));
        return ticket;
    }

    ProcessTicket start(const ProcessSpec& spec);
    void handle_stop(Clock::time_point now);
    void handle_deadlines(Clock::time_point now);
    bool collect_finished();
    void poll_once();
    void read_some(Running& r, int& fd);
};

ProcessTicket BoostProcessRunner::Impl::start(const ProcessSpec& spec) {
    const ProcessTicket ticket = ++next;
    if (stop != nullptr && stop->requested()) {
        return fail(ticket, spec, ProcessEnd::interrupted, -1, "not started: interrupted");
    }
    if (spec.argv.empty() || spec.argv.front().empty()) {
        return fail(ticket, spec, ProcessEnd::failed_to_start, 126, "empty command");
    }
    if (!spec.cwd.empty() && !is_directory(spec.cwd)) {
        return fail(ticket, spec, ProcessEnd::failed_to_start, 126, "working directory does not exist: " + spec.cwd);
    }
    const auto program = find_program(spec.argv.front(), spec);
    if (!program) {
        return fail(ticket, spec, ProcessEnd::not_found, 127, "command not found: " + spec.argv.front());
    }

    // O_CLOEXEC, so no other child inherits these; dup2 onto 1/2 clears it.
    int out[2];
    int err[2];
    if (::pipe2(out, O_CLOEXEC) != 0) {
        return fail(ticket, spec, ProcessEnd::failed_to_start, 126,
                    std::string("cannot create a pipe: ") + std::strerror(errno));
    }
    if (::pipe2(err, O_CLOEXEC) != 0) {
        const int e = errno;
        ::close(out[0]);
        ::close(out[1]);
        return fail(ticket, spec, ProcessEnd::failed_to_start, 126,
                    std::string("cannot create a pipe: ") + std::strerror(e));
    }
    bp::pipe out_pipe(out[0], out[1]);
    bp::pipe err_pipe(err[0], err[1]);
    // The child's environment as execve takes it. Not bp::environment:
    // Boost 1.74's lookup (basic_environment::find, used by env[name])
    // compares "NAME=" against each entry without stopping at the entry's
    // end, reading past shorter entries (ASan: heap-buffer-overflow).
    // spec.env is a map, so its names are unique and nothing is looked up.
    std::vector<std::string> entries;
    entries.reserve(spec.env.size());
    for (const auto& [name, value] : spec.env) entries.push_back(name + "=" + value);
    std::vector<char*> envp;
    envp.reserve(entries.size() + 1);
    for (auto& e : entries) envp.push_back(e.data());
    envp.push_back(nullptr);
    const std::vector<std::string> args(spec.argv.begin() + 1, spec.argv.end());

    Running r(spec.capture_limit);
    r.ticket = ticket;
    r.timeout = spec.timeout;
    r.grace = spec.grace;
    r.started = Clock::now();
    if (spec.timeout) r.deadline = r.started + *spec.timeout;

    std::error_code ec;
    bp::child child(
        bp::exe = *program, bp::args = args, bp::std_in<bp::null, bp::std_out> out_pipe, bp::std_err > err_pipe,
        bp::start_dir = spec.cwd.empty() ? std::string(".") : spec.cwd,
        // vfork: fork() copies the page tables, which costs milliseconds per
        // gate once tollgate holds a large inventory; the child below only
        // makes system calls before exec, which is what vfork allows.
        bp::posix::use_vfork,
        bp::extend::on_exec_setup =
            [](auto&) {
                // In the child, before exec (no allocation: the child shares
                // our memory until exec): its own process group, so a
                // timeout can kill the whole tree; default signal handling,
                // whatever tollgate itself ignores or blocks.
                ::setpgid(0, 0);
                // Should tollgate die without cleaning up (SIGKILL), its
                // gates die too instead of running on unobserved.
                ::prctl(PR_SET_PDEATHSIG, SIGKILL);
                sigset_t none;
                sigemptyset(&none);
                ::sigprocmask(SIG_SETMASK, &none, nullptr);
                ::signal(SIGPIPE, SIG_DFL);
                ::signal(SIGINT, SIG_DFL);
                ::signal(SIGTERM, SIG_DFL);
            },
        // In the parent, before vfork: execve gets exactly envp.
        bp::extend::on_setup = [&envp](auto& exec) { exec.env = envp.data(); },
        bp::extend::on_error =
            [](auto& exec, const std::error_code&) {
                // exec failed after fork: Boost does not reap that child.
                if (exec.pid > 0) {
                    int ignored = 0;
                    ::waitpid(exec.pid, &ignored, 0);
                }
            },
        ec);
    // Boost closed the write ends in this process; the read ends are ours now.
    r.out_fd = out_pipe.native_source();
    r.err_fd = err_pipe.native_source();
    out_pipe.assign_source(-1);
    err_pipe.assign_source(-1);
    if (ec) {
        close_fd(r.out_fd);
        close_fd(r.err_fd);
        if (ec.value() == ENOENT) {
            return fail(ticket, spec, ProcessEnd::not_found, 127, "command not found: " + spec.argv.front());
        }
        return fail(ticket, spec, ProcessEnd::failed_to_start, 126,
                    "cannot execute " + spec.argv.front() + ": " + ec.message());
    }
    ::fcntl(r.out_fd, F_SETFL, O_NONBLOCK);
    ::fcntl(r.err_fd, F_SETFL, O_NONBLOCK);
    r.pid = child.id();
    r.pidfd = open_pidfd(r.pid);
    r.child = std::move(child);
    running.push_back(std::move(r));
    if (stop != nullptr && stop->requested()) begin_stop(running.back(), ProcessEnd::interrupted, Clock::now());
    return ticket;
}

void BoostProcessRunner::Impl::handle_stop(Clock::time_point now) {
    if (stop == nullptr) return;
    stop->drain();  // before reading the count: request() counts, then writes
    const int requests = stop->count();
    if (requests == seen_requests) return;
    seen_requests = requests;
    for (auto& r : running) {
        begin_stop(r, ProcessEnd::interrupted, now);
        if (requests >= 2 && !r.exited) signal_group(r, SIGKILL);  // a second Ctrl-C: no more grace
    }
}

void BoostProcessRunner::Impl::handle_deadlines(Clock::time_point now) {
    for (auto& r : running) {
        if (!r.exited && r.pidfd < 0 && has_exited(r.pid)) on_main_exit(r, now);
        if (!r.exited && !r.forced && r.deadline && now >= *r.deadline) {
            begin_stop(r, ProcessEnd::timed_out, now);
        }
        if (!r.exited && r.kill_at && now >= *r.kill_at) {
            signal_group(r, SIGKILL);
            r.kill_at.reset();
        }
        if (r.exited && r.drain_until && now >= *r.drain_until && (r.out_fd >= 0 || r.err_fd >= 0)) {
            close_fd(r.out_fd);
            close_fd(r.err_fd);
            r.abandoned_pipes = true;
        }
    }
}

bool BoostProcessRunner::Impl::collect_finished() {
    for (auto it = running.begin(); it != running.end(); ++it) {
        if (!it->finished()) continue;
        done.emplace_back(it->ticket, outcome_of(*it));
        running.erase(it);
        return true;
    }
    return false;
}

void BoostProcessRunner::Impl::read_some(Running& r, int& fd) {
    for (int i = 0; i < k_reads_per_wake && fd >= 0; ++i) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n > 0) {
            r.capture.append(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
            if (static_cast<std::size_t>(n) < buffer.size()) return;  // drained for now
        } else if (n == 0) {
            close_fd(fd);
        } else if (errno == EINTR) {
            continue;
        } else {
            if (errno != EAGAIN) close_fd(fd);
            return;
        }
    }
}

void BoostProcessRunner::Impl::poll_once() {
    enum class Kind { out, err, exit, stop_request };
    struct Watch {
        Running* r;
        Kind kind;
    };
    std::vector<pollfd> fds;
    std::vector<Watch> watches;
    std::optional<Clock::time_point> wake;
    const auto wake_by = [&](Clock::time_point t) {
        if (!wake || t < *wake) wake = t;
    };
    const auto now = Clock::now();
    for (auto& r : running) {
        if (r.out_fd >= 0) {
            fds.push_back({r.out_fd, POLLIN, 0});
            watches.push_back({&r, Kind::out});
        }
        if (r.err_fd >= 0) {
            fds.push_back({r.err_fd, POLLIN, 0});
            watches.push_back({&r, Kind::err});
        }
        if (!r.exited && r.pidfd >= 0) {
            fds.push_back({r.pidfd, POLLIN, 0});
            watches.push_back({&r, Kind::exit});
        }
        if (!r.exited && r.pidfd < 0) wake_by(now + k_exit_poll_interval);
        if (!r.exited && !r.forced && r.deadline) wake_by(*r.deadline);
        if (!r.exited && r.kill_at) wake_by(*r.kill_at);
        if (r.exited && r.drain_until) wake_by(*r.drain_until);
    }
    if (stop != nullptr) {
        fds.push_back({stop->fd(), POLLIN, 0});
        watches.push_back({nullptr, Kind::stop_request});
    }
    int timeout_ms = -1;
    if (wake) {
        // Round up, so we never wake a hair early and spin.
        const auto left = std::chrono::ceil<Millis>(*wake - now).count();
        timeout_ms = static_cast<int>(std::clamp<long long>(left, 0, 60'000));
    }
    const int ready = ::poll(fds.data(), fds.size(), timeout_ms);
    if (ready <= 0) return;  // timeout or EINTR: deadlines are handled by the caller
    for (std::size_t i = 0; i < fds.size(); ++i) {
        if (fds[i].revents == 0) continue;
        Running* r = watches[i].r;
        switch (watches[i].kind) {
            case Kind::out: read_some(*r, r->out_fd); break;
            case Kind::err: read_some(*r, r->err_fd); break;
            case Kind::exit: on_main_exit(*r, Clock::now()); break;
            case Kind::stop_request: break;  // handle_stop reads it on the next turn
        }
    }
}

BoostProcessRunner::BoostProcessRunner(StopSignal* stop_signal) : m_impl(std::make_unique<Impl>()) {
    m_impl->stop = stop_signal;
}

BoostProcessRunner::~BoostProcessRunner() {
    for (auto& r : m_impl->running) {
        if (!r.exited) {
            signal_group(r, SIGKILL);
            std::error_code ec;
            r.child.wait(ec);
        }
        close_fd(r.out_fd);
        close_fd(r.err_fd);
        close_fd(r.pidfd);
    }
}

ProcessTicket BoostProcessRunner::start(const ProcessSpec& spec) {
    return m_impl->start(spec);
}

std::pair<ProcessTicket, ProcessOutcome> BoostProcessRunner::wait_any() {
    auto& impl = *m_impl;
    for (;;) {
        if (!impl.done.empty()) {
            auto result = std::move(impl.done.front());
            impl.done.pop_front();
            return result;
        }
        if (impl.running.empty()) throw std::logic_error("wait_any() with no process running");
        const auto now = Clock::now();
        impl.handle_stop(now);
        impl.handle_deadlines(now);
        if (impl.collect_finished()) continue;
        impl.poll_once();
    }
}

std::size_t BoostProcessRunner::running() const {
    return m_impl->running.size() + m_impl->done.size();
}

}  // namespace tollgate
