#include "runner/process/environment.hpp"

#include <cstdlib>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

const EnvironmentMap k_host = {{"PATH", "/opt/bin:/usr/bin"}, {"HOME", "/root"}, {"LANG", "C.UTF-8"}};

TEST(GateEnvironment, InheritsEverythingAndAppliesOverrides) {
    const auto env = gate_environment(k_host, std::nullopt, {{"APP_ENV", "testing"}, {"HOME", "/tmp"}});
    EXPECT_EQ(env.at("LANG"), "C.UTF-8");
    EXPECT_EQ(env.at("APP_ENV"), "testing");
    EXPECT_EQ(env.at("HOME"), "/tmp");
}

// The CI's credentials as a GitHub runner sets them, next to harmless names.
const EnvironmentMap k_ci = {{"PATH", "/usr/bin"},
                             {"GITHUB_TOKEN", "ghs_x"},
                             {"ACTIONS_RUNTIME_TOKEN", "rt"},
                             {"ACTIONS_RUNTIME_URL", "https://pipelines"},
                             {"ACTIONS_ID_TOKEN_REQUEST_TOKEN", "oidc"},
                             {"ACTIONS_ID_TOKEN_REQUEST_URL", "https://token"},
                             {"AWS_SECRET_ACCESS_KEY", "aws"},
                             {"npm_config__auth_token", "npm"},
                             {"DB_PASSWORD", "pw"},
                             {"GITHUB_SHA", "abc"},
                             {"MONKEY", "banana"}};

TEST(IsSecretName, CoversTokensSecretsPasswordsKeysAndTheRunnersChannel) {
    for (const char* name : {"GITHUB_TOKEN",
                             "GH_TOKEN",
                             "ACTIONS_RUNTIME_TOKEN",
                             "ACTIONS_RUNTIME_URL",
                             "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
                             "ACTIONS_ID_TOKEN_REQUEST_URL",
                             "NPM_TOKEN",
                             "AWS_SECRET_ACCESS_KEY",
                             "AWS_SESSION_TOKEN",
                             "CLIENT_SECRET",
                             "DB_PASSWORD",
                             "SMTP_PASSWD",
                             "DB_PASS",
                             "API_KEY",
                             "STRIPE_APIKEY",
                             "GCP_CREDENTIALS",
                             "ARTIFACTORY_PAT",
                             "TOKEN",
                             "secret",
                             "github_token"}) {
        EXPECT_TRUE(is_secret_name(name)) << name;
    }
    for (const char* name : {"PATH", "HOME", "GITHUB_SHA", "GITHUB_REF", "MONKEY", "COMPASS", "KEYBOARD", "TOKENIZER",
                             "PASSWORD_POLICY_URL", "ACTIONS_STEP_DEBUG", "CI", ""}) {
        EXPECT_FALSE(is_secret_name(name)) << name;
    }
}

TEST(GateEnvironment, InheritedSecretsAreNeverPassedUnlessListed) {
    const auto env = gate_environment(k_ci, std::nullopt, {});
    EXPECT_EQ(env, (EnvironmentMap{{"PATH", "/usr/bin"}, {"GITHUB_SHA", "abc"}, {"MONKEY", "banana"}}));
}

TEST(GateEnvironment, PassEnvLetsANamedSecretThrough) {
    const auto env = gate_environment(k_ci, std::nullopt, {}, {"DB_PASSWORD", "NOT_SET_TOKEN"});
    EXPECT_EQ(env.at("DB_PASSWORD"), "pw");
    EXPECT_FALSE(env.contains("NOT_SET_TOKEN"));
    EXPECT_FALSE(env.contains("GITHUB_TOKEN"));
}

TEST(GateEnvironment, EnvAllowPassesTheSecretsItNamesAndPassEnvAddsToIt) {
    const auto env = gate_environment(k_ci, std::vector<std::string>{"GITHUB_TOKEN"}, {}, {"DB_PASSWORD"});
    EXPECT_EQ(env, (EnvironmentMap{{"DB_PASSWORD", "pw"}, {"GITHUB_TOKEN", "ghs_x"}, {"PATH", minimal_path}}));
}

TEST(GateEnvironment, TheGatesOwnEnvIsSetEvenUnderASecretLookingName) {
    // `env:` comes from the (trusted) inventory, not from the CI's environment.
    const auto env = gate_environment(k_ci, std::nullopt, {{"FAKE_TOKEN", "for-tests"}});
    EXPECT_EQ(env.at("FAKE_TOKEN"), "for-tests");
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
