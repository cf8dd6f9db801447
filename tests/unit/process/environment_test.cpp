#include "runner/process/environment.hpp"

#include <cstdlib>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

const EnvironmentMap k_host = {{"PATH", "/opt/bin:/usr/bin"}, {"HOME", "/root"}, {"SECRET", "s3"}};

TEST(GateEnvironment, InheritsEverythingAndAppliesOverrides) {
    const auto env = gate_environment(k_host, std::nullopt, {{"APP_ENV", "testing"}, {"HOME", "/tmp"}});
    EXPECT_EQ(env.at("SECRET"), "s3");
    EXPECT_EQ(env.at("APP_ENV"), "testing");
    EXPECT_EQ(env.at("HOME"), "/tmp");
}

TEST(GateEnvironment, AllowListKeepsOnlyNamedVariablesAndAMinimalPath) {
    const auto env = gate_environment(k_host, std::vector<std::string>{"HOME", "MISSING"}, {{"X", "1"}});
    EXPECT_EQ(env, (EnvironmentMap{{"HOME", "/root"}, {"PATH", minimal_path}, {"X", "1"}}));
}

TEST(GateEnvironment, AllowedPathIsInherited) {
    const auto env = gate_environment(k_host, std::vector<std::string>{"PATH"}, {});
    EXPECT_EQ(env.at("PATH"), "/opt/bin:/usr/bin");
    EXPECT_EQ(env.size(), 1u);
}

TEST(CurrentEnvironment, ReadsTheProcessEnvironment) {
    ::setenv("TOLLGATE_TEST_ENV_PROBE", "a=b", 1);
    EXPECT_EQ(current_environment().at("TOLLGATE_TEST_ENV_PROBE"), "a=b");
    ::unsetenv("TOLLGATE_TEST_ENV_PROBE");
}

}  // namespace
}  // namespace tollgate
