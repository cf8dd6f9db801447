// End-to-end fault injection: tollgate killed outright and started again,
// report directories that cannot be written (read-only, full), and output
// that cannot be delivered. The 2 GB flood and the 10,000-gate run are in
// run_test.cpp; the million-file repository is bench/million_files.sh.
//
// Read-only and full file systems are real mounts made inside a private
// mount namespace (`unshare -m`), so nothing leaks to the host; where the
// test may not create one (no CAP_SYS_ADMIN) it says so and skips.

#include "tests/support/shell.hpp"
#include "tests/support/spawn.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tollgate {
namespace {

using test::read_file;
using test::run_tollgate;
using test::shell_quote;
using test::TempDir;
using ::testing::HasSubstr;

namespace fs = std::filesystem;

std::vector<std::string> entries(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

TEST(Faults, SigkillMidRunLeavesTheLastReportWholeAndTheNextRunStartsClean) {
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\ngates:\n  - id: first\n    run: 'true'\n");
    ASSERT_EQ(run_tollgate({"run", "--report-dir", "out"}, dir.path()).exit_code, 0);
    const std::string before = read_file(dir.path() / "out/results.json");

    ASSERT_EQ(::mkfifo((dir.path() / "ready").c_str(), 0600), 0);
    dir.write("tollgate.yml",
              "version: 1\ngates:\n"
              "  - id: quick\n    run: 'true'\n"
              "  - id: long\n    run: echo $$ > ready; exec sleep 1000\n    needs: [quick]\n");
    const pid_t tollgate = test::spawn_tollgate({"run", "-j", "1", "--report-dir", "out"}, dir.path());
    ASSERT_GT(tollgate, 0);
    const pid_t gate = static_cast<pid_t>(std::atol(test::read_fifo_line(dir.path() / "ready").c_str()));
    ASSERT_GT(gate, 0) << "the gate never started";
    ASSERT_EQ(::kill(tollgate, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(tollgate, &status, 0), tollgate);
    ASSERT_TRUE(WIFSIGNALED(status));

    // The gate dies with tollgate (PR_SET_PDEATHSIG) instead of running on unobserved.
    EXPECT_TRUE(test::is_dead(gate));
    // The last complete report is still there, whole; no half-written file or temp file.
    EXPECT_EQ(read_file(dir.path() / "out/results.json"), before);
    EXPECT_EQ(entries(dir.path() / "out"), (std::vector<std::string>{"junit.xml", "results.json", "summary.md"}));

    // Nothing stale (no lock, no leftover state) stops the next run.
    dir.write("tollgate.yml", "version: 1\ngates:\n  - id: again\n    run: 'true'\n");
    const auto again = run_tollgate({"run", "--report-dir", "out"}, dir.path());
    EXPECT_EQ(again.exit_code, 0) << again.err;
    const auto j = nlohmann::json::parse(read_file(dir.path() / "out/results.json"));
    EXPECT_EQ(j["gates"][0]["id"], "again");
}

// Runs `script` as root in a private mount namespace; nullopt when this
// machine does not allow that (then the test skips, saying why).
std::optional<test::CommandResult> in_private_mounts(const std::string& script, const fs::path& cwd) {
    if (::geteuid() != 0) return std::nullopt;
    const auto probe = test::sh("unshare -m true", cwd);
    if (probe.exit_code != 0) return std::nullopt;
    return test::sh("unshare -m sh -c " + shell_quote(script), cwd);
}

TEST(Faults, AReadOnlyReportDirIsAClearErrorBeforeAnyGateRuns) {
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\ngates:\n  - id: marker\n    run: touch ran\n");
    fs::create_directories(dir.path() / "out");
    const std::string tollgate = shell_quote(TOLLGATE_BINARY);
    test::CommandResult r;
    if (::geteuid() != 0) {
        // Without root, mode bits are enough.
        fs::permissions(dir.path() / "out", fs::perms::owner_read | fs::perms::owner_exec);
        r = test::sh(tollgate + " run --report-dir out", dir.path());
        fs::permissions(dir.path() / "out", fs::perms::owner_all);
    } else {
        // Root ignores mode bits: a read-only bind mount is the real thing.
        const auto mounted = in_private_mounts(
            "mount --bind out out && mount -o remount,bind,ro out && " + tollgate + " run --report-dir out",
            dir.path());
        if (!mounted) GTEST_SKIP() << "running as root without permission to mount: cannot make a read-only dir";
        r = *mounted;
    }
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_THAT(r.err, HasSubstr("cannot write into report directory 'out'"));
    EXPECT_THAT(r.err, HasSubstr(::geteuid() == 0 ? "Read-only file system" : "Permission denied"));
    EXPECT_FALSE(fs::exists(dir.path() / "ran"));
}

TEST(Faults, AFullReportFileSystemIsAClearErrorAndLeavesNoPartialReport) {
    TempDir dir;
    // 200 KB of failure output: junit.xml keeps 64 KB of it, more than the 48 KB file system holds.
    dir.write("tollgate.yml",
              "version: 1\ngates:\n  - id: loud\n    run: head -c 200000 /dev/zero | tr '\\0' x; exit 1\n");
    fs::create_directories(dir.path() / "out");
    const auto r = in_private_mounts("mount -t tmpfs -o size=48k tmpfs out && " + shell_quote(TOLLGATE_BINARY) +
                                         " run --report-dir out; code=$?; ls -A out > listing.txt; exit $code",
                                     dir.path());
    if (!r) GTEST_SKIP() << "no permission to mount a small tmpfs here";
    EXPECT_EQ(r->exit_code, 3) << r->out << r->err;
    EXPECT_THAT(r->err, HasSubstr("cannot write 'out/junit.xml': No space left on device"));
    // results.json (16 KB tail) fitted and is whole; junit.xml is absent, not truncated; no temp files.
    EXPECT_EQ(read_file(dir.path() / "listing.txt"), "results.json\n");
}

TEST(Faults, OutputToAFullDeviceIsAnEnvironmentErrorNotASilentPass) {
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\ngates:\n  - id: a\n    run: 'true'\n");
    for (const char* verb : {"validate", "plan", "run"}) {
        const auto r = test::sh(shell_quote(TOLLGATE_BINARY) + " " + verb + " > /dev/full", dir.path());
        EXPECT_EQ(r.exit_code, 3) << verb << "\n" << r.err;
        EXPECT_THAT(r.err, HasSubstr("cannot write the output: No space left on device")) << verb << "\n" << r.err;
    }
}

}  // namespace
}  // namespace tollgate
