#include "gates/command_gate.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

struct GateFixture {
    Inventory inventory;
    Gate gate;
    EnvironmentMap env = {{"PATH", "/bin"}, {"HOME", "/home/me"}, {"TOKEN", "secret"}};

    GateContext context() const {
        return GateContext{inventory, gate, "/repo", env, "pkt", "", "", Millis(750), 1024, 1};
    }
};

TEST(CommandSpec, ExecsShellFreeCommandsDirectly) {
    GateFixture s;
    s.gate.id = "migrate";
    s.gate.run.text = "php artisan migrate --pretend";
    const auto spec = command_spec(s.context());
    EXPECT_EQ(spec.argv, (std::vector<std::string>{"php", "artisan", "migrate", "--pretend"}));
    EXPECT_EQ(spec.cwd, "/repo");
    EXPECT_EQ(spec.grace, Millis(750));
    EXPECT_EQ(spec.capture_limit, 1024u);
}

TEST(CommandSpec, ShellSyntaxGoesThroughBinSh) {
    GateFixture s;
    s.gate.run.text = "make && make test";
    EXPECT_EQ(command_spec(s.context()).argv, (std::vector<std::string>{"/bin/sh", "-c", "make && make test"}));
}

TEST(CommandSpec, CwdIsRelativeToTheInventoryRootUnlessAbsolute) {
    GateFixture s;
    s.gate.run.text = "true";
    s.gate.cwd = "web/app";
    EXPECT_EQ(command_spec(s.context()).cwd, "/repo/web/app");
    s.gate.cwd = "/abs";
    EXPECT_EQ(command_spec(s.context()).cwd, "/abs");
}

TEST(CommandSpec, EnvAllowStartsFromACleanEnvironment) {
    GateFixture s;
    s.gate.id = "g";
    s.gate.run.text = "true";
    s.gate.env_allow = std::vector<std::string>{"HOME"};
    s.gate.env = {{"APP_ENV", "testing"}};
    const auto env = command_spec(s.context()).env;
    EXPECT_FALSE(env.contains("TOKEN"));
    EXPECT_EQ(env.at("HOME"), "/home/me");
    EXPECT_EQ(env.at("PATH"), minimal_path);
    EXPECT_EQ(env.at("APP_ENV"), "testing");
    EXPECT_EQ(env.at(env_gate), "g");
    EXPECT_EQ(env.at(env_packet), "pkt");
}

TEST(CommandSpec, TimeoutComesFromTheGate) {
    GateFixture s;
    s.gate.run.text = "true";
    s.gate.timeout = Millis(300'000);
    EXPECT_EQ(command_spec(s.context()).timeout, Millis(300'000));
}

TEST(AttemptFromOutcome, MapsEveryEndingToAStatus) {
    Gate g;
    ProcessOutcome o;
    o.end = ProcessEnd::exited;
    o.exit_code = 0;
    EXPECT_EQ(attempt_from_outcome(g, o).status, GateStatus::passed);
    o.exit_code = 2;
    EXPECT_EQ(attempt_from_outcome(g, o).status, GateStatus::failed);
    EXPECT_EQ(attempt_from_outcome(g, o).exit_code, 2);
    o.end = ProcessEnd::signaled;
    o.signal = 11;
    const auto killed = attempt_from_outcome(g, o);
    EXPECT_EQ(killed.status, GateStatus::failed);
    EXPECT_EQ(killed.outcome, "killed by SIGSEGV");
    EXPECT_FALSE(killed.exit_code);
    o.end = ProcessEnd::timed_out;
    o.timeout = Millis(5000);
    EXPECT_EQ(attempt_from_outcome(g, o).status, GateStatus::timeout);
    EXPECT_EQ(attempt_from_outcome(g, o).outcome, "timed out after 5s");
    o.end = ProcessEnd::interrupted;
    EXPECT_EQ(attempt_from_outcome(g, o).status, GateStatus::interrupted);
    o.end = ProcessEnd::not_found;
    o.exit_code = 127;
    o.error = "command not found: php";
    const auto missing = attempt_from_outcome(g, o);
    EXPECT_EQ(missing.status, GateStatus::error);
    EXPECT_EQ(missing.exit_code, 127);
    EXPECT_EQ(missing.reason, "command not found: php");
}

}  // namespace
}  // namespace tollgate
