// Fault tests with real processes. Synchronisation is by pipes and FIFOs,
// never by sleeping; `sleep 1000` only appears as the thing under test.

#include "runner/process/boost_process_runner.hpp"

#include "runner/process/environment.hpp"
#include "tests/support/spawn.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <set>
#include <string>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace tollgate {
namespace {

using test::is_dead;
using test::read_fifo_line;
using test::read_pid;
using test::TempDir;

ProcessSpec shell(const std::string& script) {
    ProcessSpec spec;
    spec.argv = {"/bin/sh", "-c", script};
    spec.env = current_environment();
    return spec;
}

ProcessOutcome run_one(const ProcessSpec& spec, StopSignal* stop = nullptr) {
    BoostProcessRunner runner(stop);
    runner.start(spec);
    return runner.wait_any().second;
}

TEST(BoostProcessRunner, CapturesStdoutAndStderrTogether) {
    const auto o = run_one(shell("echo out; echo err >&2"));
    EXPECT_EQ(o.end, ProcessEnd::exited);
    EXPECT_TRUE(o.succeeded());
    EXPECT_NE(o.output.find("out\n"), std::string::npos);
    EXPECT_NE(o.output.find("err\n"), std::string::npos);
    EXPECT_EQ(o.output_bytes, 8u);
}

TEST(BoostProcessRunner, ReportsTheExitStatus) {
    const auto o = run_one(shell("exit 3"));
    EXPECT_EQ(o.end, ProcessEnd::exited);
    EXPECT_EQ(o.exit_code, 3);
    EXPECT_EQ(o.describe(), "exit 3");
}

TEST(BoostProcessRunner, ExecsAnArgvWithoutAShell) {
    ProcessSpec spec;
    spec.argv = {"printf", "%s|", "a b", "$HOME", ";"};
    spec.env = current_environment();
    EXPECT_EQ(run_one(spec).output, "a b|$HOME|;|");
}

TEST(BoostProcessRunner, MissingProgramIsCommandNotFound127) {
    ProcessSpec spec;
    spec.argv = {"tollgate-no-such-program", "x"};
    spec.env = current_environment();
    const auto o = run_one(spec);
    EXPECT_EQ(o.end, ProcessEnd::not_found);
    EXPECT_EQ(o.exit_code, 127);
    EXPECT_EQ(o.describe(), "command not found: tollgate-no-such-program");
}

TEST(BoostProcessRunner, MissingProgramUnderTheShellExits127) {
    const auto o = run_one(shell("tollgate-no-such-program"));
    EXPECT_EQ(o.end, ProcessEnd::exited);
    EXPECT_EQ(o.exit_code, 127);
    EXPECT_NE(o.describe().find("not found"), std::string::npos);
}

TEST(BoostProcessRunner, ProgramsAreSearchedOnTheChildsPath) {
    TempDir dir;
    dir.write("bin/hello", "#!/bin/sh\necho from-path\n");
    ::chmod((dir.path() / "bin/hello").c_str(), 0755);
    ProcessSpec spec;
    spec.argv = {"hello"};
    spec.env = {{"PATH", (dir.path() / "bin").string() + ":/usr/bin:/bin"}};
    EXPECT_EQ(run_one(spec).output, "from-path\n");
}

TEST(BoostProcessRunner, NonExecutableFileFailsToStartWith126) {
    TempDir dir;
    const auto script = dir.write("script.sh", "echo hi\n");
    ProcessSpec spec;
    spec.argv = {script.string()};
    const auto o = run_one(spec);
    EXPECT_EQ(o.end, ProcessEnd::failed_to_start);
    EXPECT_EQ(o.exit_code, 126);
    EXPECT_NE(o.error.find("ermission denied"), std::string::npos) << o.error;
}

TEST(BoostProcessRunner, EmptyCommandFailsToStart) {
    ProcessSpec spec;
    const auto o = run_one(spec);
    EXPECT_EQ(o.end, ProcessEnd::failed_to_start);
    EXPECT_EQ(o.describe(), "empty command");
}

TEST(BoostProcessRunner, RunsInTheGivenDirectoryWithTheGivenEnvironment) {
    TempDir dir;
    auto spec = shell("pwd; echo \"$GREETING\"");
    spec.cwd = dir.path().string();
    spec.env["GREETING"] = "hello there";
    const auto o = run_one(spec);
    EXPECT_EQ(o.output, std::filesystem::canonical(dir.path()).string() + "\nhello there\n");
}

TEST(BoostProcessRunner, TheChildGetsExactlyTheGivenEnvironment) {
    // Short entries beside longer names: Boost 1.74's environment lookup
    // read past "A=" while looking for the longer names (ASan finding).
    auto spec =
        shell("printf '%s|%s|%s|%s\\n' \"${A-unset}\" \"$B\" \"$LONGER_NAME_THAN_ANY_ENTRY\" \"${HOME-unset}\"");
    spec.env = {{"A", ""}, {"B", "1"}, {"LONGER_NAME_THAN_ANY_ENTRY", "x"}};
    const auto o = run_one(spec);
    EXPECT_EQ(o.output, "|1|x|unset\n");
}

TEST(BoostProcessRunner, MissingWorkingDirectoryFailsToStart) {
    auto spec = shell("true");
    spec.cwd = "/nonexistent/tollgate/dir";
    const auto o = run_one(spec);
    EXPECT_EQ(o.end, ProcessEnd::failed_to_start);
    EXPECT_NE(o.error.find("/nonexistent/tollgate/dir"), std::string::npos);
}

TEST(BoostProcessRunner, StdinIsClosed) {
    const auto o = run_one(shell("cat; echo done"));
    EXPECT_EQ(o.output, "done\n");
}

TEST(BoostProcessRunner, NamesTheSignalThatKilledIt) {
    const auto o = run_one(shell("kill -SEGV $$"));
    EXPECT_EQ(o.end, ProcessEnd::signaled);
    EXPECT_EQ(o.signal, SIGSEGV);
    EXPECT_EQ(o.describe(), "killed by SIGSEGV");
}

TEST(BoostProcessRunner, TimeoutKillsTheWholeProcessGroup) {
    TempDir dir;
    const auto pidfile = dir.path() / "grandchild";
    auto spec = shell("sleep 1000 & echo $! > '" + pidfile.string() + "'; sleep 1000");
    spec.timeout = Millis(1000);
    const auto o = run_one(spec);
    EXPECT_EQ(o.end, ProcessEnd::timed_out);
    EXPECT_EQ(o.describe(), "timed out after 1s");
    const pid_t grandchild = read_pid(pidfile);
    ASSERT_GT(grandchild, 0);
    EXPECT_TRUE(is_dead(grandchild));
}

TEST(BoostProcessRunner, SigkillFollowsWhenSigtermIsIgnored) {
    auto spec = shell("trap '' TERM; sleep 1000");
    spec.timeout = Millis(200);
    spec.grace = Millis(100);
    const auto o = run_one(spec);
    EXPECT_EQ(o.end, ProcessEnd::timed_out);
    EXPECT_EQ(o.signal, SIGKILL);
}

TEST(BoostProcessRunner, DaemonHoldingStdoutDoesNotHoldUpTheResult) {
    TempDir dir;
    const auto pidfile = dir.path() / "daemon";
    const auto o = run_one(shell("sleep 1000 & echo $! > '" + pidfile.string() + "'; echo started"));
    EXPECT_TRUE(o.succeeded());
    EXPECT_EQ(o.output, "started\n");
    EXPECT_TRUE(o.error.empty()) << "the group kill should close the pipe, not the drain limit";
    EXPECT_TRUE(is_dead(read_pid(pidfile)));
}

TEST(BoostProcessRunner, ProcessOutsideTheGroupIsAbandonedAfterTheDrainLimit) {
    TempDir dir;
    const auto fifo = dir.path() / "escaped";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    // The main process waits until the escapee has left the group, then exits.
    const auto o = run_one(shell("setsid sh -c 'echo $$ > \"$0\"; exec sleep 1000' '" + fifo.string() +
                                 "' & read pid < '" + fifo.string() + "'; echo main $pid"));
    const auto pos = o.output.find("main ");
    ASSERT_NE(pos, std::string::npos) << o.output;
    const pid_t escaped = static_cast<pid_t>(std::stol(o.output.substr(pos + 5)));
    ASSERT_GT(escaped, 0);
    ::kill(escaped, SIGKILL);
    EXPECT_TRUE(o.succeeded());
    EXPECT_NE(o.error.find("outside its group"), std::string::npos) << o.error;
}

TEST(BoostProcessRunner, ProcessThatClosesStdoutEarlyIsStillCollected) {
    const auto o = run_one(shell("exec >&-; sleep 0; echo x >&2"));
    EXPECT_TRUE(o.succeeded());
    EXPECT_EQ(o.output, "x\n");
}

TEST(BoostProcessRunner, LargeOutputIsCappedToHeadAndTail) {
    auto spec = shell("head -c 67108864 /dev/zero; echo END");
    spec.capture_limit = 4096;
    const auto o = run_one(spec);
    EXPECT_TRUE(o.succeeded());
    EXPECT_EQ(o.output_bytes, 67108864u + 4);
    EXPECT_EQ(o.dropped_bytes, 67108864u + 4 - 4096);
    EXPECT_LT(o.output.size(), 4096u + 64);
    EXPECT_TRUE(o.output.ends_with("END\n"));
}

TEST(BoostProcessRunner, RunsManyProcessesAtOnceAndReportsEachOnce) {
    BoostProcessRunner runner;
    std::set<ProcessTicket> started;
    for (int i = 0; i < 40; ++i) started.insert(runner.start(shell("echo " + std::to_string(i))));
    std::set<ProcessTicket> finished;
    while (runner.running() > 0) {
        auto [ticket, outcome] = runner.wait_any();
        EXPECT_TRUE(outcome.succeeded());
        finished.insert(ticket);
    }
    EXPECT_EQ(started, finished);
}

TEST(BoostProcessRunner, StopRequestInterruptsRunningProcessGroups) {
    TempDir dir;
    const auto fifo = dir.path() / "ready";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    StopSignal stop;
    BoostProcessRunner runner(&stop);
    runner.start(shell("sleep 1000 & echo $! > '" + fifo.string() + "'; wait"));
    const pid_t grandchild = static_cast<pid_t>(std::stol("0" + read_fifo_line(fifo)));
    ASSERT_GT(grandchild, 0);
    stop.request();
    const auto o = runner.wait_any().second;
    EXPECT_EQ(o.end, ProcessEnd::interrupted);
    EXPECT_TRUE(is_dead(grandchild));
    // Nothing new starts once a stop was requested.
    runner.start(shell("true"));
    EXPECT_EQ(runner.wait_any().second.end, ProcessEnd::interrupted);
}

TEST(BoostProcessRunner, DestructorKillsWhatIsStillRunning) {
    TempDir dir;
    const auto fifo = dir.path() / "ready";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    pid_t pid = 0;
    {
        BoostProcessRunner runner;
        runner.start(shell("echo $$ > '" + fifo.string() + "'; exec sleep 1000"));
        pid = static_cast<pid_t>(std::stol("0" + read_fifo_line(fifo)));
    }
    ASSERT_GT(pid, 0);
    EXPECT_TRUE(is_dead(pid));
}

}  // namespace
}  // namespace tollgate
