#include "runner/process/process_runner.hpp"

#include <cstring>

namespace tollgate {

std::string signal_name(int signal) {
    // sigabbrev_np (glibc ≥ 2.32) gives "SEGV" without the locale-dependent
    // prose of strsignal.
    if (const char* abbrev = sigabbrev_np(signal)) return std::string("SIG") + abbrev;
    return "signal " + std::to_string(signal);
}

std::string ProcessOutcome::describe() const {
    switch (end) {
        case ProcessEnd::exited:
            if (exit_code == 127) return "exit 127 (command not found)";
            if (exit_code == 126) return "exit 126 (command not executable)";
            return "exit " + std::to_string(exit_code);
        case ProcessEnd::signaled: return "killed by " + signal_name(signal);
        case ProcessEnd::timed_out:
            return "timed out after " + (timeout ? format_duration(*timeout) : std::string("its limit"));
        case ProcessEnd::interrupted: return "interrupted";
        case ProcessEnd::not_found:
        case ProcessEnd::failed_to_start: return error;
    }
    return "?";
}

}  // namespace tollgate
