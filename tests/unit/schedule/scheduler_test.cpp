#include "runner/schedule/scheduler.hpp"

#include "tests/support/fake_runner.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::ended;
using test::exited;
using test::FakeRunner;
using test::make_gate;

struct Fixture {
    Inventory inventory;
    FakeRunner runner;
    RunOptions options;
    NullRunObserver observer;

    Fixture() {
        options.jobs = 1;
        options.environment = EnvironmentMap{{"PATH", "/usr/bin:/bin"}};
    }
    RunResult run(const Selection& selection = {}) {
        return run_gates(inventory, selection, options, runner, observer);
    }
};

const GateResult& find(const RunResult& r, const std::string& id) {
    for (const auto& g : r.gates) {
        if (g.id == id) return g;
    }
    throw std::runtime_error("no gate " + id);
}

TEST(Scheduler, RunsEveryGateAndPassesWhenAllPass) {
    Fixture f;
    f.inventory.gates = {make_gate("a"), make_gate("b")};
    const auto r = f.run();
    EXPECT_EQ(r.verdict, Verdict::pass);
    EXPECT_EQ(f.runner.started, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(find(r, "a").status, GateStatus::passed);
    EXPECT_EQ(find(r, "a").attempts, 1);
    EXPECT_EQ(find(r, "a").exit_code, 0);
}

TEST(Scheduler, NeedsRunBeforeTheirDependants) {
    Fixture f;
    f.options.jobs = 4;
    f.inventory.gates = {make_gate("deploy", {"build"}), make_gate("build", {"deps"}), make_gate("deps")};
    const auto r = f.run();
    EXPECT_EQ(f.runner.started, (std::vector<std::string>{"deps", "build", "deploy"}));
    // Results stay in plan (inventory) order whatever the finishing order.
    EXPECT_EQ(r.gates[0].id, "deploy");
    EXPECT_EQ(r.gates[0].number, 1);
}

TEST(Scheduler, FailedNeedSkipsItsDependantsTransitivelyAndSaysWhy) {
    Fixture f;
    f.inventory.gates = {make_gate("lint"), make_gate("test", {"lint"}), make_gate("deploy", {"test"}),
                         make_gate("docs")};
    f.runner.script["lint"] = {exited(1)};
    const auto r = f.run();
    EXPECT_EQ(r.verdict, Verdict::fail);
    EXPECT_EQ(find(r, "lint").status, GateStatus::failed);
    EXPECT_EQ(find(r, "test").status, GateStatus::skipped);
    EXPECT_EQ(find(r, "test").reason, "needs 'lint' which failed");
    EXPECT_EQ(find(r, "deploy").reason, "needs 'test' which was skipped");
    EXPECT_EQ(find(r, "docs").status, GateStatus::passed);
    EXPECT_EQ(f.runner.started, (std::vector<std::string>{"lint", "docs"}));
}

TEST(Scheduler, TimeoutAndErrorNeedsSkipDependantsToo) {
    Fixture f;
    f.inventory.gates = {make_gate("slow"), make_gate("after-slow", {"slow"}), make_gate("missing"),
                         make_gate("after-missing", {"missing"})};
    f.runner.script["slow"] = {ended(ProcessEnd::timed_out)};
    f.runner.script["missing"] = {ended(ProcessEnd::not_found)};
    const auto r = f.run();
    EXPECT_EQ(find(r, "slow").status, GateStatus::timeout);
    EXPECT_EQ(find(r, "slow").outcome, "timed out after 1s");
    EXPECT_EQ(find(r, "after-slow").reason, "needs 'slow' which timed out");
    EXPECT_EQ(find(r, "missing").status, GateStatus::error);
    EXPECT_EQ(find(r, "missing").exit_code, 127);
    EXPECT_EQ(find(r, "after-missing").reason, "needs 'missing' which could not run");
}

TEST(Scheduler, NeverRunsMoreThanJobsGatesAtOnce) {
    Fixture f;
    f.options.jobs = 3;
    for (int i = 0; i < 10; ++i) f.inventory.gates.push_back(make_gate("g" + std::to_string(i)));
    const auto r = f.run();
    EXPECT_EQ(f.runner.max_concurrent, 3u);
    EXPECT_EQ(r.jobs, 3);
    EXPECT_EQ(count_status(r, GateStatus::passed), 10u);
}

TEST(Scheduler, RetryThatPassesIsAFlakyPass) {
    Fixture f;
    f.inventory.gates = {make_gate("flaky")};
    f.inventory.gates[0].retries = 2;
    f.runner.script["flaky"] = {exited(1), exited(0)};
    const auto r = f.run();
    // A copy: GCC 14 (-Wdangling-reference) cannot tell that find() returns into r, not into its string temporary.
    const GateResult g = find(r, "flaky");
    EXPECT_EQ(g.status, GateStatus::passed);
    EXPECT_TRUE(g.flaky);
    EXPECT_EQ(g.attempts, 2);
    EXPECT_EQ(g.duration, Millis(20));
    EXPECT_EQ(g.reason, "flaky: passed on attempt 2 after exit 1");
    EXPECT_EQ(r.verdict, Verdict::pass);
}

TEST(Scheduler, RetriesExhaustedStillFail) {
    Fixture f;
    f.inventory.gates = {make_gate("bad")};
    f.inventory.gates[0].retries = 1;
    f.runner.script["bad"] = {exited(1), exited(2)};
    const auto r = f.run();
    EXPECT_EQ(find(r, "bad").status, GateStatus::failed);
    EXPECT_EQ(find(r, "bad").exit_code, 2);
    EXPECT_EQ(find(r, "bad").attempts, 2);
    EXPECT_FALSE(find(r, "bad").flaky);
}

TEST(Scheduler, ErrorsAreNotRetried) {
    Fixture f;
    f.inventory.gates = {make_gate("missing")};
    f.inventory.gates[0].retries = 3;
    f.runner.script["missing"] = {ended(ProcessEnd::not_found)};
    const auto r = f.run();
    EXPECT_EQ(find(r, "missing").attempts, 1);
}

TEST(Scheduler, StopOnFailureSkipsEverythingNotYetStarted) {
    Fixture f;
    f.options.stop_on_failure = true;
    f.inventory.gates = {make_gate("a"), make_gate("b"), make_gate("c")};
    f.runner.script["a"] = {exited(1)};
    const auto r = f.run();
    EXPECT_EQ(f.runner.started, (std::vector<std::string>{"a"}));
    EXPECT_EQ(find(r, "b").status, GateStatus::skipped);
    EXPECT_EQ(find(r, "b").reason, "--stop-on-failure: 'a' failed");
    EXPECT_EQ(r.verdict, Verdict::fail);
}

TEST(Scheduler, StopOnFailureLetsRunningGatesFinish) {
    Fixture f;
    f.options.jobs = 2;
    f.options.stop_on_failure = true;
    f.inventory.gates = {make_gate("a"), make_gate("b"), make_gate("c")};
    f.runner.script["a"] = {exited(1)};
    const auto r = f.run();
    EXPECT_EQ(find(r, "b").status, GateStatus::passed);
    EXPECT_EQ(find(r, "c").status, GateStatus::skipped);
}

TEST(Scheduler, ManualGatesAreNotRunAndDoNotFailTheRun) {
    Fixture f;
    f.inventory.gates = {make_gate("review"), make_gate("ship", {"review"}), make_gate("lint")};
    f.inventory.gates[0].manual = true;
    const auto r = f.run();
    EXPECT_EQ(f.runner.started, (std::vector<std::string>{"lint"}));
    EXPECT_EQ(find(r, "review").status, GateStatus::manual);
    EXPECT_EQ(find(r, "ship").status, GateStatus::skipped);
    EXPECT_EQ(find(r, "ship").reason, "needs 'review' which is manual and was not run");
    EXPECT_EQ(r.verdict, Verdict::pass);
}

TEST(Scheduler, SignedOffManualGatePassesAndReleasesItsDependants) {
    Fixture f;
    f.options.signed_off = {"review"};
    f.inventory.gates = {make_gate("review"), make_gate("ship", {"review"})};
    f.inventory.gates[0].manual = true;
    const auto r = f.run();
    EXPECT_EQ(find(r, "review").status, GateStatus::passed);
    EXPECT_EQ(find(r, "ship").status, GateStatus::passed);
}

TEST(Scheduler, InterruptMarksRunningAndUnstartedGatesInterrupted) {
    Fixture f;
    StopSignal stop;
    f.options.stop = &stop;
    f.options.jobs = 2;
    f.inventory.gates = {make_gate("a"), make_gate("b"), make_gate("c"), make_gate("d", {"c"})};
    f.runner.on_wait = [&](const std::string&) { stop.request(); };
    f.runner.script["a"] = {ended(ProcessEnd::interrupted)};
    f.runner.script["b"] = {ended(ProcessEnd::interrupted)};
    const auto r = f.run();
    EXPECT_TRUE(r.interrupted);
    EXPECT_EQ(r.verdict, Verdict::fail);
    for (const auto& g : r.gates) EXPECT_EQ(g.status, GateStatus::interrupted) << g.id;
    EXPECT_EQ(find(r, "c").reason, "not started: tollgate was interrupted");
    EXPECT_EQ(f.runner.started.size(), 2u);
}

TEST(Scheduler, UnknownNeedIsAnErrorAndACycleDoesNotHang) {
    Fixture f;
    f.inventory.gates = {make_gate("orphan", {"ghost"}), make_gate("x", {"y"}), make_gate("y", {"x"})};
    const auto r = f.run();
    EXPECT_EQ(find(r, "orphan").status, GateStatus::error);
    EXPECT_EQ(find(r, "orphan").reason, "needs unknown gate 'ghost'");
    EXPECT_EQ(find(r, "x").status, GateStatus::error);
    EXPECT_NE(find(r, "x").reason.find("cycle"), std::string::npos);
    EXPECT_TRUE(f.runner.started.empty());
}

TEST(Scheduler, GatesSeeTheirIdPacketCwdAndChangedFiles) {
    Fixture f;
    f.inventory.root_dir = "/repo";
    f.inventory.gates = {make_gate("unit")};
    f.inventory.gates[0].cwd = "services/api";
    f.inventory.gates[0].env = {{"APP_ENV", "testing"}};
    f.options.packet = "foundation";
    f.options.changed_files = std::vector<std::string>{"a.txt", "dir/b c.txt"};
    std::string listed;
    f.runner.on_wait = [&](const std::string&) {
        listed = test::read_file(f.runner.specs[0].env.at(env_changed_files));
    };
    f.run();
    const auto& spec = f.runner.specs.at(0);
    EXPECT_EQ(spec.cwd, "/repo/services/api");
    EXPECT_EQ(spec.env.at(env_gate), "unit");
    EXPECT_EQ(spec.env.at(env_packet), "foundation");
    EXPECT_EQ(spec.env.at("APP_ENV"), "testing");
    EXPECT_EQ(spec.env.at("PATH"), "/usr/bin:/bin");
    EXPECT_EQ(listed, "a.txt\ndir/b c.txt\n");
    EXPECT_TRUE(spec.env.contains(env_changed_files0));
    // The list is private to the run and removed afterwards.
    EXPECT_FALSE(std::filesystem::exists(spec.env.at(env_changed_files)));
}

TEST(Scheduler, HostileChangedFileNamesReachGatesOnlyThroughTheListFiles) {
    Fixture f;
    f.inventory.gates = {make_gate("lint")};
    f.inventory.gates[0].run.text = "xargs -0 echo < \"$TOLLGATE_CHANGED_FILES0\"";
    const std::vector<std::string> hostile = {"$(touch pwned).c",       "`id`.c", "a; rm -rf ~.c", "two\nlines.c",
                                              std::string("bad\xff.c"), "-rf",    "\x1b[31mred.c"};
    f.options.changed_files = hostile;
    std::string nul_listed;
    f.runner.on_wait = [&](const std::string&) {
        nul_listed = test::read_file(f.runner.specs[0].env.at(env_changed_files0));
    };
    f.run();
    const auto& spec = f.runner.specs.at(0);
    EXPECT_EQ(spec.argv, (std::vector<std::string>{"/bin/sh", "-c", f.inventory.gates[0].run.text}));
    std::string expected;
    for (const auto& name : hostile) expected += name + '\0';
    EXPECT_EQ(nul_listed, expected);
    for (const auto& [name, value] : spec.env) {
        for (const auto& path : hostile) EXPECT_EQ(value.find(path), std::string::npos) << name << "=" << value;
    }
}

TEST(Scheduler, GatesNeverSeeTheCisSecretsUnlessTheyAskForThem) {
    Fixture f;
    f.options.environment = EnvironmentMap{
        {"PATH", "/usr/bin"}, {"GITHUB_TOKEN", "ghs"}, {"ACTIONS_ID_TOKEN_REQUEST_TOKEN", "oidc"}, {"DEPLOY_KEY", "k"}};
    f.inventory.gates = {make_gate("plain"), make_gate("deploy")};
    f.inventory.gates[1].pass_env = {Located{"DEPLOY_KEY", {}}};
    f.run();
    const auto& plain = f.runner.specs.at(0).env;
    EXPECT_FALSE(plain.contains("GITHUB_TOKEN"));
    EXPECT_FALSE(plain.contains("ACTIONS_ID_TOKEN_REQUEST_TOKEN"));
    EXPECT_FALSE(plain.contains("DEPLOY_KEY"));
    const auto& deploy = f.runner.specs.at(1).env;
    EXPECT_EQ(deploy.at("DEPLOY_KEY"), "k");
    EXPECT_FALSE(deploy.contains("GITHUB_TOKEN"));
}

TEST(Scheduler, ChangedFilesAreNotAdvertisedWhenUnknown) {
    Fixture f;
    f.inventory.gates = {make_gate("unit")};
    f.run();
    EXPECT_FALSE(f.runner.specs.at(0).env.contains(env_changed_files));
}

TEST(Scheduler, ResultsCarryPacketsAndCheckpointsListingTheGate) {
    Fixture f;
    f.inventory.gates = {make_gate("migrate")};
    Packet p;
    p.id = "foundation";
    p.gates = {Located{"migrate", {}}};
    Checkpoint c;
    c.id = "cp-1";
    c.gates = {Located{"migrate", {}}};
    f.inventory.packets = {p};
    f.inventory.checkpoints = {c};
    const auto r = f.run();
    EXPECT_EQ(r.gates[0].packets, (std::vector<std::string>{"foundation"}));
    EXPECT_EQ(r.gates[0].checkpoints, (std::vector<std::string>{"cp-1"}));
}

TEST(Scheduler, MetricsComeFromTheGatesOutput) {
    Fixture f;
    f.inventory.gates = {make_gate("bench")};
    f.inventory.gates[0].metrics = {MetricSpec{"p95_ms", "p95=([0-9.]+)ms", {}}};
    f.runner.script["bench"] = {exited(0, "p95=12.5ms\np95=14ms\n")};
    const auto r = f.run();
    EXPECT_DOUBLE_EQ(r.gates[0].metrics.at("p95_ms"), 14.0);
}

TEST(Scheduler, TenThousandGatesAreScheduledQuickly) {
    Fixture f;
    f.options.jobs = 8;
    for (int i = 0; i < 10'000; ++i) {
        f.inventory.gates.push_back(i % 10 == 0
                                        ? make_gate("g" + std::to_string(i))
                                        : make_gate("g" + std::to_string(i), {"g" + std::to_string(i / 10 * 10)}));
    }
    const auto r = f.run();
    EXPECT_EQ(count_status(r, GateStatus::passed), 10'000u);
}

}  // namespace
}  // namespace tollgate
