#include "runner/cli/console_style.hpp"

#include <cstdlib>
#include <iostream>
#include <string>
#include <sys/ioctl.h>
#include <unistd.h>

namespace tollgate {

namespace {

std::size_t terminal_width() {
    winsize ws{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

}  // namespace

ConsoleStyle console_style(const Io& io) {
    ConsoleStyle style;
    style.color = io.color;
    style.live = &io.out == &std::cout && ::isatty(STDOUT_FILENO) != 0;
    style.width = style.live ? terminal_width() : 80;
    const char* gha = std::getenv("GITHUB_ACTIONS");
    style.github_actions = gha != nullptr && std::string(gha) == "true";
    return style;
}

}  // namespace tollgate
