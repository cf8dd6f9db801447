#pragma once

// Helpers for tests that signal or watch a running tollgate: start it in the
// background, read a line a gate writes to a FIFO, and wait for a pid to die,
// each bounded so a regression fails instead of hanging.

#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace tollgate::test {

/// Starts the built tollgate with `args` in `cwd` (stdin /dev/null, stdout
/// and stderr to stdout.txt and stderr.txt there); -1 when it cannot start.
pid_t spawn_tollgate(const std::vector<std::string>& args, const std::filesystem::path& cwd);

/// True once `pid` has exited (zombie or gone); waits on a pidfd up to 10 s.
bool is_dead(pid_t pid);

/// A pid written as text to `file`.
pid_t read_pid(const std::filesystem::path& file);

/// Reads a line from a FIFO, giving up after 30 s of silence ("" then).
std::string read_fifo_line(const std::filesystem::path& fifo);

}  // namespace tollgate::test
