// End-to-end: the CMake package. tollgate is installed into a temp prefix
// with `cmake --install`; a consumer project finds it with
// find_package(Tollgate CONFIG REQUIRED) and registers its gates with
// tollgate_add_tests(); ctest -L then runs a checkpoint's gates.
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

namespace tollgate {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;
using test::sh;
using test::shell_quote;
using test::TempDir;

constexpr const char* k_inventory = R"(version: 1
project: Consumer
packets:
  - id: core
    gates: [build, unit]
checkpoints:
  - id: cp-1
    gates: [unit, review]
  - id: cp-2
    gates: [lint]
gates:
  - id: build
    run: "touch built"
    labels: [fast]
  - id: unit
    run: "test -f built"
    needs: [build]
    timeout: 20s
  - id: review
    run: "true"
    manual: true
  - id: lint
    run: "echo 'lint: 3 problems' && exit 1"
)";

constexpr const char* k_consumer = R"(cmake_minimum_required(VERSION 3.25)
project(consumer LANGUAGES NONE)
enable_testing()
find_package(Tollgate 0.1 CONFIG REQUIRED)
tollgate_add_tests(PREFIX gate)
)";

class CmakePackage : public ::testing::Test {
protected:
    void SetUp() override {
        const fs::path build_dir = fs::path(TOLLGATE_BINARY).parent_path();
        const auto install = sh("cmake --install " + shell_quote(build_dir.string()) + " --prefix " +
                                shell_quote(prefix().string()) + " > /dev/null");
        ASSERT_EQ(install.exit_code, 0) << install.err;
        m_dir.write("consumer/CMakeLists.txt", k_consumer);
        m_dir.write("consumer/tollgate.yml", k_inventory);
        const auto configure =
            sh("cmake -S consumer -B consumer/build -DCMAKE_PREFIX_PATH=" + shell_quote(prefix().string()) +
                   " > /dev/null",
               m_dir.path());
        ASSERT_EQ(configure.exit_code, 0) << configure.err;
    }
    fs::path prefix() const { return m_dir.path() / "prefix"; }
    test::CommandResult ctest(const std::string& args) const {
        return sh("ctest --test-dir consumer/build " + args, m_dir.path());
    }

    TempDir m_dir;
};

TEST_F(CmakePackage, InstallsTheBinaryTheConfigItsVersionFileAndTheModule) {
    EXPECT_TRUE(fs::exists(prefix() / "bin/tollgate"));
    const auto dir = prefix() / "share/cmake/Tollgate";
    EXPECT_TRUE(fs::exists(dir / "TollgateConfig.cmake"));
    EXPECT_TRUE(fs::exists(dir / "TollgateConfigVersion.cmake"));
    EXPECT_TRUE(fs::exists(dir / "Tollgate.cmake"));
}

TEST_F(CmakePackage, InstallsTheHooksTheCiTemplatesTheExamplesAndTheCompletion) {
    const auto share = prefix() / "share";
    for (const char* hook : {"pre-push", "pre-merge-commit"}) {
        const auto path = share / "tollgate/hooks" / hook;
        ASSERT_TRUE(fs::exists(path)) << path;
        EXPECT_NE(fs::status(path).permissions() & fs::perms::owner_exec, fs::perms::none) << path;
    }
    EXPECT_TRUE(fs::exists(share / "tollgate/ci-templates/github/pre-merge.yml"));
    EXPECT_TRUE(fs::exists(share / "tollgate/ci-templates/gitlab/tollgate.gitlab-ci.yml"));
    EXPECT_TRUE(fs::exists(share / "doc/tollgate/examples/finops-billing"));
    EXPECT_TRUE(fs::exists(share / "bash-completion/completions/tollgate"));
    // The man page is written only where help2man is installed (make package installs it).
    const fs::path build_dir = fs::path(TOLLGATE_BINARY).parent_path();
    if (fs::exists(build_dir / "man/tollgate.1.gz")) {
        EXPECT_TRUE(fs::exists(share / "man/man1/tollgate.1.gz"));
    }
}

TEST_F(CmakePackage, EveryGateIsACtestTestWithLabels) {
    const auto r = ctest("-N");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* name : {"gate.build", "gate.unit", "gate.review", "gate.lint"}) {
        EXPECT_THAT(r.out, HasSubstr(name));
    }
    const auto labels = ctest("-N -L cp-1");
    EXPECT_THAT(labels.out, HasSubstr("gate.unit"));
    EXPECT_THAT(labels.out, HasSubstr("gate.review"));
    EXPECT_THAT(labels.out, Not(HasSubstr("gate.lint")));
}

TEST_F(CmakePackage, CtestLabelRunsACheckpointsGatesWithTheirNeedsAndSkipsManualOnes) {
    const auto r = ctest("-L cp-1 --output-on-failure");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("gate.build"));  // pulled in as unit's fixture
    EXPECT_THAT(r.out, HasSubstr("gate.unit"));
    EXPECT_THAT(r.out, AllOf(HasSubstr("gate.review "), HasSubstr("Skipped")));
    EXPECT_THAT(r.out, Not(HasSubstr("gate.lint")));
    EXPECT_TRUE(fs::exists(m_dir.path() / "consumer/built"));
}

TEST_F(CmakePackage, AFailingGateFailsItsCtestTest) {
    const auto r = ctest("-L cp-2 --output-on-failure");
    EXPECT_NE(r.exit_code, 0);
    EXPECT_THAT(r.out, HasSubstr("lint: 3 problems"));
}

TEST_F(CmakePackage, TheInventoryIsReadWhenCtestRunsNotAtConfigure) {
    m_dir.write("consumer/tollgate.yml", std::string(k_inventory) + "  - id: added-later\n    run: \"true\"\n");
    const auto r = ctest("-N");
    EXPECT_THAT(r.out, HasSubstr("gate.added-later"));
}

TEST_F(CmakePackage, ABrokenInventoryShowsAsOneFailingTestNotAsNoTests) {
    m_dir.write("consumer/tollgate.yml", "version: 1\ngates:\n  - id: x\n    rnu: true\n");
    const auto r = ctest("--output-on-failure");
    EXPECT_NE(r.exit_code, 0);
    EXPECT_THAT(r.out, HasSubstr("gate.inventory"));
    EXPECT_THAT(r.out, HasSubstr("rnu"));
}

}  // namespace
}  // namespace tollgate
