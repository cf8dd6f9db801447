#include "tests/support/cli_run.hpp"

#include "runner/cli/app.hpp"
#include "tests/support/temp_dir.hpp"

#include <filesystem>
#include <sstream>
#include <system_error>

namespace tollgate::test {

namespace {

// run_cli applies -C with chdir(): without this, one test's temp dir (soon
// deleted) would become the next test's current directory.
class CurrentDirectoryGuard {
public:
    CurrentDirectoryGuard() : m_saved(std::filesystem::current_path()) {}
    ~CurrentDirectoryGuard() {
        std::error_code ec;
        std::filesystem::current_path(m_saved, ec);
    }
    CurrentDirectoryGuard(const CurrentDirectoryGuard&) = delete;
    CurrentDirectoryGuard& operator=(const CurrentDirectoryGuard&) = delete;

private:
    std::filesystem::path m_saved;
};

}  // namespace

CliOutcome run_cli_in_process(std::vector<std::string> args) {
    args.insert(args.begin(), "tollgate");
    std::vector<char*> argv;
    argv.reserve(args.size());
    for (auto& a : args) argv.push_back(a.data());
    std::ostringstream out;
    std::ostringstream err;
    const CurrentDirectoryGuard guard;
    const int code = run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

CliOutcome run_cli_in_empty_dir(std::vector<std::string> args) {
    const TempDir dir;
    args.insert(args.begin(), {"-C", dir.path().string()});
    return run_cli_in_process(std::move(args));
}

}  // namespace tollgate::test
