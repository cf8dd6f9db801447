#include "tests/support/shell.hpp"

#include "tests/support/temp_dir.hpp"

#include <cstdlib>
#include <sys/wait.h>

namespace tollgate::test {

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

CommandResult sh(const std::string& script, const std::filesystem::path& cwd) {
    TempDir capture;
    const auto out_path = capture.path() / "out";
    const auto err_path = capture.path() / "err";
    std::string full;
    if (!cwd.empty()) full = "cd " + shell_quote(cwd.string()) + " && ";
    full += "( " + script + " ) </dev/null >" + shell_quote(out_path.string()) + " 2>" + shell_quote(err_path.string());
    const int status = std::system(full.c_str());
    CommandResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = read_file(out_path);
    r.err = read_file(err_path);
    return r;
}

CommandResult run_tollgate(const std::vector<std::string>& args, const std::filesystem::path& cwd) {
    std::string cmd = "NO_COLOR=1 " + shell_quote(TOLLGATE_BINARY);
    for (const auto& a : args) cmd += " " + shell_quote(a);
    return sh(cmd, cwd);
}

std::filesystem::path source_dir() {
    return TOLLGATE_TEST_SOURCE_DIR;
}

const char* tollgate_binary() {
    return TOLLGATE_TEST_BINARY;
}

}  // namespace tollgate::test
