#include "runner/init/repo_probe.hpp"

#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

std::vector<std::string> ids(const std::vector<CandidateGate>& gates) {
    std::vector<std::string> out;
    for (const auto& g : gates) out.push_back(g.id);
    return out;
}

TEST(ProbeRepository, FindsNothingInAnEmptyDirectory) {
    test::TempDir dir;
    EXPECT_TRUE(probe_repository(dir.path()).empty());
}

TEST(ProbeRepository, TakesABuildAndACtestGateFromCMakeWithTesting) {
    test::TempDir dir;
    dir.write("CMakeLists.txt", "cmake_minimum_required(VERSION 3.25)\nproject(x)\ninclude(CTest)\n");
    const auto gates = probe_repository(dir.path());
    ASSERT_EQ(ids(gates), (std::vector<std::string>{"build", "ctest"}));
    EXPECT_EQ(gates[1].needs, (std::vector<std::string>{"build"}));
    EXPECT_EQ(gates[1].source, "CMakeLists.txt");
    EXPECT_EQ(gates[1].line, 3);
    EXPECT_EQ(gates[1].quote, "include(CTest)");
}

TEST(ProbeRepository, IgnoresCMakeWithoutTests) {
    test::TempDir dir;
    dir.write("CMakeLists.txt", "project(x)\nadd_executable(x main.c)\n");
    EXPECT_TRUE(probe_repository(dir.path()).empty());
}

TEST(ProbeRepository, TakesMakefileTargetsButNotVariables) {
    test::TempDir dir;
    dir.write("Makefile", "test := nothing\nall:\n\tcc x.c\n\ntest: all\n\t./run\nlint:\n\tcheck\n");
    const auto gates = probe_repository(dir.path());
    ASSERT_EQ(ids(gates), (std::vector<std::string>{"make-test", "make-lint"}));
    EXPECT_EQ(gates[0].run, "make test");
    EXPECT_EQ(gates[0].line, 5);
}

TEST(ProbeRepository, TakesPytestFromPyproject) {
    test::TempDir dir;
    dir.write("pyproject.toml", "[project]\nname = \"x\"\n\n[tool.pytest.ini_options]\naddopts = \"-q\"\n");
    const auto gates = probe_repository(dir.path());
    ASSERT_EQ(ids(gates), (std::vector<std::string>{"pytest"}));
    EXPECT_EQ(gates[0].line, 4);
}

TEST(ProbeRepository, TakesPackageScriptsButNotNpmsPlaceholderTest) {
    test::TempDir dir;
    dir.write("package.json", "{\n  \"scripts\": {\n    \"lint\": \"eslint .\",\n    \"test\": \"jest\"\n  }\n}\n");
    const auto gates = probe_repository(dir.path());
    ASSERT_EQ(ids(gates), (std::vector<std::string>{"npm-test", "npm-lint"}));
    EXPECT_EQ(gates[0].line, 4);
    EXPECT_EQ(gates[1].line, 3);

    test::TempDir fresh;
    fresh.write("package.json",
                "{\n  \"scripts\": {\n    \"test\": \"echo \\\"Error: no test specified\\\" && exit 1\"\n  }\n}\n");
    EXPECT_TRUE(probe_repository(fresh.path()).empty());
}

TEST(ProbeRepository, TakesGoAndCargo) {
    test::TempDir dir;
    dir.write("go.mod", "module example.com/x\n\ngo 1.21\n");
    dir.write("Cargo.toml", "[package]\nname = \"x\"\n");
    const auto gates = probe_repository(dir.path());
    ASSERT_EQ(ids(gates), (std::vector<std::string>{"go-test", "go-vet", "cargo-test"}));
    EXPECT_EQ(gates[0].run, "go test ./...");
    EXPECT_EQ(gates[0].line, 1);
    EXPECT_EQ(gates[2].line, 1);
}

}  // namespace
}  // namespace tollgate
