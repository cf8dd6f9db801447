#include "tests/support/spawn.hpp"

#include "tests/support/shell.hpp"

#include <cerrno>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char** environ;

namespace tollgate::test {

bool is_dead(pid_t pid) {
    const long fd = ::syscall(SYS_pidfd_open, pid, 0);
    if (fd < 0) return errno == ESRCH;
    pollfd p{static_cast<int>(fd), POLLIN, 0};
    const bool exited = ::poll(&p, 1, 10'000) == 1;
    ::close(static_cast<int>(fd));
    return exited;
}

pid_t read_pid(const std::filesystem::path& file) {
    std::ifstream in(file);
    long pid = 0;
    in >> pid;
    return static_cast<pid_t>(pid);
}

std::string read_fifo_line(const std::filesystem::path& fifo) {
    const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    if (fd < 0) return "";
    std::string line;
    while (line.find('\n') == std::string::npos) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 30'000) <= 0) break;
        char buf[64];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) line.append(buf, static_cast<std::size_t>(n));
        else if (n == 0 && (p.revents & POLLHUP)) break;
    }
    ::close(fd);
    return line;
}

pid_t spawn_tollgate(const std::vector<std::string>& args, const std::filesystem::path& cwd) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "stdout.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, "stderr.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> argv_store = {TOLLGATE_BINARY};
    argv_store.insert(argv_store.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_store) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, TOLLGATE_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
}

}  // namespace tollgate::test
