// End-to-end: `tollgate run` as a process over inventories on disk, including
// the fault cases (hangs, daemons, floods, signals). Synchronisation is by
// files and FIFOs; `sleep 1000` only appears as the thing under test.

#include "tests/support/git_repo.hpp"
#include "tests/support/rss_limit.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/spawn.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <chrono>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tollgate {
namespace {

using test::is_dead;
using test::read_fifo_line;
using test::read_file;
using test::read_pid;
using test::run_tollgate;
using test::spawn_tollgate;
using test::TempDir;

std::string quote_yaml(const std::string& s) {
    std::string out = "'";
    for (const char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

// An inventory with one gate per (id, run) pair, plus extra YAML per gate.
std::string inventory(const std::vector<std::pair<std::string, std::string>>& gates, const std::string& extra = "") {
    std::string yml = "version: 1\nproject: Run test\n" + extra + "gates:\n";
    for (const auto& [id, run] : gates) yml += "  - id: " + id + "\n    run: " + quote_yaml(run) + "\n";
    return yml;
}

nlohmann::json results(const TempDir& dir, const std::string& report_dir = "out") {
    return nlohmann::json::parse(read_file(dir.path() / report_dir / "results.json"));
}

const nlohmann::json& gate(const nlohmann::json& results, const std::string& id) {
    for (const auto& g : results["gates"]) {
        if (g["id"] == id) return g;
    }
    throw std::runtime_error("no gate " + id);
}

TEST(RunVerb, ATextRunLoadsNoLibgit2WhileResultsJsonLoadsItForTheCommit) {
    // Start-up is the fixed cost of every run: the executable does not link
    // libgit2, and only output that carries the commit (results.json, the
    // note) loads it. glibc's loader names every library it maps under LD_DEBUG.
    test::GitRepo repo;
    repo.write("tollgate.yml", inventory({{"ok", "true"}}));
    repo.commit_all("base");
    const std::string binary = test::shell_quote(TOLLGATE_BINARY);
    const auto needed = test::sh("LC_ALL=C readelf -d " + binary);
    ASSERT_EQ(needed.exit_code, 0) << needed.err;
    EXPECT_NE(needed.out.find("NEEDED"), std::string::npos) << needed.out;
    EXPECT_EQ(needed.out.find("libgit2"), std::string::npos) << needed.out;

    const std::string env = repo.env_prefix() + " LD_DEBUG=files ";
    const auto text = test::sh(env + binary + " run 2>&1", repo.path());
    EXPECT_EQ(text.exit_code, 0) << text.out;
    EXPECT_EQ(text.out.find("libgit2"), std::string::npos) << text.out;

    const auto json = test::sh(env + binary + " run --format json 2>&1", repo.path());
    EXPECT_EQ(json.exit_code, 0) << json.out;
    EXPECT_NE(json.out.find("libgit2"), std::string::npos) << json.out;
}

TEST(RunVerb, TheBinaryMapsNoSharedCxxRuntimeYamlOrXmlLibraryAtStartUp) {
#ifndef TOLLGATE_STATIC_RUNTIME_BINARY
    GTEST_SKIP() << "built with TOLLGATE_STATIC_RUNTIME=OFF or a sanitizer";
#endif
    // Each shared library is a mapping and relocations at every start-up,
    // and `zones --packet` runs before every edit an agent makes.
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\n");
    const auto loaded = test::sh("LD_DEBUG=files " + test::shell_quote(TOLLGATE_BINARY) + " validate 2>&1", dir.path());
    EXPECT_EQ(loaded.exit_code, 0) << loaded.out;
    EXPECT_NE(loaded.out.find("libc.so"), std::string::npos) << loaded.out;
    for (const char* library : {"libstdc++", "libgcc_s", "libfyaml", "libpugixml"})
        EXPECT_EQ(loaded.out.find(library), std::string::npos) << library << " was loaded:\n" << loaded.out;
}

TEST(RunVerb, RunsGatesCtestStyleAndPassesWhenAllPass) {
    TempDir dir;
    dir.write("tollgate.yml",
              "version: 1\ngates:\n  - id: build\n    run: echo building\n"
              "  - id: test\n    run: 'true'\n    needs: [build]\n");
    const auto r = run_tollgate({"run", "-j", "2"}, dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("1/2 Gate #1: build "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2/2 Gate #2: test "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Passed"), std::string::npos);
    EXPECT_NE(r.out.find("100% gates passed, 0 gates failed out of 2"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "no colour when not a TTY";
}

TEST(RunVerb, FailingGateExitsOneShowsItsOutputAndSkipsDependants) {
    TempDir dir;
    dir.write("tollgate.yml",
              "version: 1\ngates:\n  - id: lint\n    run: echo boom; exit 3\n"
              "  - id: deploy\n    run: 'true'\n    needs: [lint]\n");
    const auto r = run_tollgate({"run"}, dir.path());
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("***Failed"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("---- lint: exit 3 ----\nboom\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2 - deploy (needs 'lint' which failed)"), std::string::npos) << r.out;
}

TEST(RunVerb, UnknownGateIdIsAUsageErrorWithASuggestion) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"lint", "true"}}));
    const auto r = run_tollgate({"run", "lnit"}, dir.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("unknown gate 'lnit'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("did you mean 'lint'?"), std::string::npos) << r.err;
}

TEST(RunVerb, BadShardAndBadJobsAreUsageErrors) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"lint", "true"}}));
    for (const auto& args :
         {std::vector<std::string>{"run", "--shard", "5/4"}, std::vector<std::string>{"run", "--shard", "two"},
          std::vector<std::string>{"run", "-j", "0"}, std::vector<std::string>{"run", "--timeout-grace", "soon"},
          std::vector<std::string>{"run", "--format", "xml"}}) {
        const auto r = run_tollgate(args, dir.path());
        EXPECT_EQ(r.exit_code, 2) << args[1] << " " << args[2] << "\n" << r.err;
    }
}

TEST(RunVerb, CommandNotFoundIsAnError127) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"missing", "tollgate-no-such-command --flag"}}));
    const auto r = run_tollgate({"run", "--report-dir", "out"}, dir.path());
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("command not found: tollgate-no-such-command"), std::string::npos) << r.out;
    const auto g = gate(results(dir), "missing");
    EXPECT_EQ(g["status"], "error");
    EXPECT_EQ(g["exit_code"], 127);
}

TEST(RunVerb, TimeoutKillsTheGatesWholeProcessTree) {
    TempDir dir;
    dir.write("tollgate.yml",
              "version: 1\ngates:\n  - id: hang\n    timeout: 1s\n"
              "    run: sleep 1000 & echo $! > grandchild.pid; sleep 1000\n");
    const auto r = run_tollgate({"run", "--timeout-grace", "1s", "--report-dir", "out"}, dir.path());
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("***Timeout"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("timed out after 1s"), std::string::npos) << r.out;
    EXPECT_EQ(gate(results(dir), "hang")["status"], "timeout");
    const pid_t grandchild = read_pid(dir.path() / "grandchild.pid");
    ASSERT_GT(grandchild, 0);
    EXPECT_TRUE(is_dead(grandchild));
}

TEST(RunVerb, DaemonHoldingStdoutDoesNotHoldUpTheRun) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"daemon", "sleep 1000 & echo $! > daemon.pid; echo started"}}));
    const auto r = run_tollgate({"run"}, dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.out;
    const pid_t daemon = read_pid(dir.path() / "daemon.pid");
    ASSERT_GT(daemon, 0);
    EXPECT_TRUE(is_dead(daemon)) << "gates must not leave background processes";
}

TEST(RunVerb, GateKilledBySignalIsNamed) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"crash", "kill -SEGV $$"}}));
    const auto r = run_tollgate({"run"}, dir.path());
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("killed by SIGSEGV"), std::string::npos) << r.out;
}

TEST(RunVerb, GateThatClosesStdoutEarlyStillCompletes) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"closer", "exec >&-; sleep 0; echo x >&2; exit 4"}}));
    const auto r = run_tollgate({"run"}, dir.path());
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("---- closer: exit 4 ----\nx\n"), std::string::npos) << r.out;
}

TEST(RunVerb, TwoGigabytesOfOutputKeepTollgateUnder100MB) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"flood", "head -c 2G /dev/zero"}}));
    const pid_t tollgate = spawn_tollgate({"run", "--report-dir", "out"}, dir.path());
    ASSERT_GT(tollgate, 0);
    int status = 0;
    rusage usage{};
    ASSERT_EQ(::wait4(tollgate, &status, 0, &usage), tollgate);
    EXPECT_EQ(WEXITSTATUS(status), 0) << read_file(dir.path() / "stderr.txt");
    // ru_maxrss (KiB) is the largest of tollgate and the processes it waited for.
    EXPECT_LT(usage.ru_maxrss, test::rss_limit_kb(100 * 1024));
    const auto g = gate(results(dir), "flood");
    EXPECT_EQ(g["output_bytes"], 2147483648ULL);
}

TEST(RunVerb, TenThousandGatesInOneRun) {
    TempDir dir;
    std::string yml = "version: 1\ngates:\n";
    for (int i = 0; i < 10'000; ++i) yml += "  - {id: g" + std::to_string(i) + ", run: 'true'}\n";
    dir.write("tollgate.yml", yml);
    const auto r = run_tollgate({"run", "-j", "2", "--report-dir", "out"}, dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("100% gates passed, 0 gates failed out of 10000"), std::string::npos);
    EXPECT_EQ(results(dir)["summary"]["passed"], 10'000);
}

TEST(RunVerb, UnwritableReportDirIsAnEnvironmentErrorBeforeAnythingRuns) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"marker", "touch ran"}}));
    dir.write("file", "not a directory");
    const auto r = run_tollgate({"run", "--report-dir", "file/sub"}, dir.path());
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("file/sub"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Not a directory"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "ran"));
}

TEST(RunVerb, WritesResultsJunitAndSummary) {
    TempDir dir;
    dir.write("tollgate.yml",
              "version: 1\npackets:\n  - id: api\n    gates: [unit]\n"
              "gates:\n  - id: unit\n    run: echo p95=12ms\n    metrics: {p95_ms: 'p95=([0-9]+)ms'}\n"
              "  - id: review\n    run: 'true'\n    manual: true\n");
    const auto r = run_tollgate({"run", "--report-dir", "out/nested"}, dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("Manual gates were not run"), std::string::npos) << r.out;
    const auto j = results(dir, "out/nested");
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["verdict"], "pass");
    EXPECT_EQ(gate(j, "unit")["metrics"]["p95_ms"], 12);
    EXPECT_EQ(gate(j, "review")["status"], "manual");
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_file((dir.path() / "out/nested/junit.xml").c_str()));
    EXPECT_TRUE(doc.select_node("//testsuite[@name='api']/testcase[@name='unit']"));
    EXPECT_TRUE(doc.select_node("//testsuite[@name='gates']/testcase[@name='review']/skipped"));
    EXPECT_NE(read_file(dir.path() / "out/nested/summary.md").find("| ✅ | `unit` | passed |"), std::string::npos);
    // Atomic writes leave no temp files behind.
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path() / "out/nested")) ++files;
    EXPECT_EQ(files, 3);
}

TEST(RunVerb, JsonFormatPrintsResultsJson) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"a", "true"}, {"b", "false"}}));
    const auto r = run_tollgate({"run", "--format", "json"}, dir.path());
    EXPECT_EQ(r.exit_code, 1);
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["verdict"], "fail");
    EXPECT_EQ(gate(j, "b")["exit_code"], 1);
}

TEST(RunVerb, DryRunPrintsThePlanAndRunsNothing) {
    TempDir dir;
    dir.write("tollgate.yml",
              "version: 1\ngates:\n  - id: deps\n    run: touch ran\n"
              "  - id: unit\n    run: touch ran\n    needs: [deps]\n    labels: [fast]\n"
              "  - id: db\n    run: touch ran\n    labels: [fast, db]\n");
    const auto r = run_tollgate({"run", "--dry-run", "-j", "3", "-L", "fast", "-LE", "db"}, dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out,
              "Plan: 2 gates, up to 3 at a time\n\nWave 1\n  #1 deps  (pulled in as a need)\n\nWave 2\n"
              "  #2 unit  (needs deps)\n");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "ran"));
    const auto j =
        nlohmann::json::parse(run_tollgate({"run", "--dry-run", "--format", "json", "unit"}, dir.path()).out);
    EXPECT_EQ(j["gates"][1]["needs"], nlohmann::json::array({"deps"}));
}

TEST(RunVerb, ListFlagsTakeOneValueEachSoIdsMayFollow) {
    TempDir dir;
    dir.write("tollgate.yml",
              "version: 1\ngates:\n  - {id: lint, run: 'true', labels: [fast]}\n"
              "  - {id: unit, run: 'true', labels: [fast]}\n  - {id: e2e, run: 'true'}\n");
    const auto r =
        run_tollgate({"run", "--dry-run", "--format", "json", "-L", "fast", "lint", "-L", "fast"}, dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["gates"].size(), 1u);
    EXPECT_EQ(j["gates"][0]["id"], "lint");
}

TEST(RunVerb, GateCwdIsRelativeToTheInventoryRoot) {
    TempDir dir;
    dir.write("sub/keep", "");
    dir.write("tollgate.yml", "version: 1\ngates:\n  - id: where\n    cwd: sub\n    run: touch here\n");
    const auto r = run_tollgate({"--inventory", (dir.path() / "tollgate.yml").string(), "run"}, "/");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "sub/here"));
}

TEST(RunVerb, GithubActionsGetsFoldedFailureOutput) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"bad", "echo oops; exit 1"}}));
    const auto r =
        test::sh("GITHUB_ACTIONS=true NO_COLOR=1 " + test::shell_quote(TOLLGATE_BINARY) + " run", dir.path());
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("::group::bad: exit 1\noops\n::endgroup::"), std::string::npos) << r.out;
}

TEST(RunVerb, ShardsTogetherRunEveryGateOnce) {
    TempDir dir;
    dir.write("tollgate.yml", inventory({{"a", "echo a >> ran"},
                                         {"b", "echo b >> ran"},
                                         {"c", "echo c >> ran"},
                                         {"d", "echo d >> ran"},
                                         {"e", "echo e >> ran"}}));
    for (const char* shard : {"1/2", "2/2"}) {
        EXPECT_EQ(run_tollgate({"run", "--shard", shard, "-j", "1"}, dir.path()).exit_code, 0);
    }
    auto lines = read_file(dir.path() / "ran");
    std::vector<std::string> ran;
    for (std::size_t p = 0; (p = lines.find('\n')) != std::string::npos; lines.erase(0, p + 1)) {
        ran.push_back(lines.substr(0, p));
    }
    std::sort(ran.begin(), ran.end());
    EXPECT_EQ(ran, (std::vector<std::string>{"a", "b", "c", "d", "e"}));
}

TEST(RunVerb, HelpTeachesSelectionExitCodesAndExamples) {
    const auto r = run_tollgate({"run", "--help"});
    EXPECT_EQ(r.exit_code, 0);
    for (const char* text : {"--shard", "-LE", "--stop-on-failure", "Exit codes:", "Examples:", "130 interrupted"}) {
        EXPECT_NE(r.out.find(text), std::string::npos) << text;
    }
}

TEST(RunVerb, SigintStopsGatesWritesPartialResultsAndExits130) {
    TempDir dir;
    ASSERT_EQ(::mkfifo((dir.path() / "ready").c_str(), 0600), 0);
    dir.write("tollgate.yml",
              "version: 1\ngates:\n"
              "  - id: long\n    run: sleep 1000 & echo $! > ready; wait\n"
              "  - id: later\n    run: touch later-ran\n");
    const pid_t tollgate = spawn_tollgate({"run", "-j", "1", "--report-dir", "out"}, dir.path());
    ASSERT_GT(tollgate, 0);
    const std::string line = read_fifo_line(dir.path() / "ready");
    const pid_t grandchild = static_cast<pid_t>(std::atol(line.c_str()));
    ASSERT_GT(grandchild, 0) << "the gate never started";
    ASSERT_EQ(::kill(tollgate, SIGINT), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(tollgate, &status, 0), tollgate);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 130) << read_file(dir.path() / "stderr.txt");
    const auto j = results(dir);
    EXPECT_EQ(j["interrupted"], true);
    EXPECT_EQ(gate(j, "long")["status"], "interrupted");
    EXPECT_EQ(gate(j, "later")["status"], "interrupted");
    EXPECT_TRUE(is_dead(grandchild));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "later-ran"));
    EXPECT_NE(read_file(dir.path() / "stderr.txt").find("interrupted"), std::string::npos);
}

TEST(RunVerb, SecondSigintKillsAtOnceWithoutWaitingForTheGrace) {
    TempDir dir;
    ASSERT_EQ(::mkfifo((dir.path() / "ready").c_str(), 0600), 0);
    ASSERT_EQ(::mkfifo((dir.path() / "termed").c_str(), 0600), 0);
    // The gate survives SIGTERM (and says so through a FIFO, so the test
    // knows the first SIGINT was handled before sending the second; two
    // signals sent back to back would merge into one).
    dir.write("tollgate.yml",
              "version: 1\ngates:\n  - id: stubborn\n"
              "    run: trap 'echo t > termed' TERM; echo $$ > ready; "
              "while :; do sleep 1000 & wait; done\n");
    // With a 60 s grace only the second SIGINT can end this quickly; a
    // regression costs a minute, not a hang.
    const pid_t tollgate = spawn_tollgate({"run", "--timeout-grace", "60s", "--report-dir", "out"}, dir.path());
    ASSERT_GT(tollgate, 0);
    const pid_t shell = static_cast<pid_t>(std::atol(read_fifo_line(dir.path() / "ready").c_str()));
    ASSERT_GT(shell, 0);
    ASSERT_EQ(::kill(tollgate, SIGINT), 0);
    ASSERT_EQ(read_fifo_line(dir.path() / "termed"), "t\n");
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(::kill(tollgate, SIGINT), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(tollgate, &status, 0), tollgate);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(50));
    EXPECT_EQ(WEXITSTATUS(status), 130);
    EXPECT_EQ(gate(results(dir), "stubborn")["status"], "interrupted");
    EXPECT_TRUE(is_dead(shell));
}

}  // namespace
}  // namespace tollgate
