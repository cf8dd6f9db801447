#include "tests/unit/coverage/real_reports.hpp"

#include "tests/support/shell.hpp"

#include <gtest/gtest.h>

#include <regex>

namespace tollgate::test {

namespace {

constexpr const char* k_header = R"(#pragma once
int classify(int x);
int never_called(int y);
static inline int twice(int v) { return v > 0 ? v * 2 : -v; }
)";

constexpr const char* k_calc = R"(#include "calc.h"

int classify(int x) {
    if (x > 10 && x < 100)
        return 1;
    else if (x < 0)
        return -1;
    switch (x) {
    case 1: return 11;
    case 2: return 12;
    default: break;
    }
    return 0;
}

int never_called(int y) {
    int r = 0;
    for (int i = 0; i < y; ++i)
        r += i;
    return r;
}
)";

constexpr const char* k_main = R"(#include <stdio.h>
#include <stdlib.h>
#include "calc.h"

int main(int argc, char **argv) {
    int total = 0;
    for (int i = 1; i < argc; ++i)
        total += twice(classify(atoi(argv[i])));
    if (total > 1000)
        puts("big");
    printf("%d\n", total);
    return 0;
}
)";

CoverageCounts counts(const std::smatch& m, std::size_t covered, std::size_t total) {
    return CoverageCounts{std::stoull(m[covered].str()), std::stoull(m[total].str())};
}

}  // namespace

void write_python_project(const TempDir& dir) {
    dir.write("mod.py",
              "def classify(x):\n    if x > 10 and x < 100:\n        return 1\n"
              "    elif x < 0:\n        return -1\n    return 0\n\n\ndef unused(y):\n    return y * 2\n");
    dir.write("test_mod.py",
              "from mod import classify\n\ndef test_classify():\n"
              "    assert classify(50) == 1\n    assert classify(5) == 0\n");
}

std::string must_run(const std::string& script, const std::filesystem::path& dir) {
    const auto r = sh(script, dir);
    EXPECT_EQ(r.exit_code, 0) << script << "\n" << r.out << r.err;
    return r.out + r.err;
}

CProject::CProject() {
    m_dir.write("src/calc.h", k_header);
    m_dir.write("src/calc.c", k_calc);
    m_dir.write("src/main.c", k_main);
    must_run("gcc --coverage -O0 -o prog src/main.c src/calc.c", dir());
}

void CProject::run(const std::string& args) const {
    must_run("./prog " + args + " >/dev/null", dir());
}

void CProject::zero() const {
    must_run("lcov --quiet --zerocounters --directory .", dir());
}

std::filesystem::path CProject::lcov_capture(const std::string& name) const {
    must_run("lcov --quiet --capture --directory . " + lcov_branch_option() + " -o " + shell_quote(name), dir());
    return dir() / name;
}

std::filesystem::path CProject::gcovr(const std::string& flag, const std::string& name) const {
    must_run("gcovr --root . " + flag + " " + shell_quote(name), dir());
    return dir() / name;
}

int lcov_major_version() {
    static const int major = [] {
        const std::string out = must_run("lcov --version", {});
        std::smatch m;
        // "lcov: LCOV version 1.16" / "lcov: LCOV version 2.0-1"
        if (!std::regex_search(out, m, std::regex(R"(version (\d+)\.)"))) {
            ADD_FAILURE() << "cannot read lcov's version from: " << out;
            return 0;
        }
        return std::stoi(m[1].str());
    }();
    return major;
}

std::string lcov_branch_option() {
    return lcov_major_version() >= 2 ? "--rc branch_coverage=1" : "--rc lcov_branch_coverage=1";
}

ToolFigures lcov_summary(const std::vector<std::filesystem::path>& tracefiles) {
    std::string cmd = "lcov " + lcov_branch_option();
    // lcov 2 stops at what lcov 1 read silently (an FNDA for a function no FN
    // declares: "mismatch"; negative counts; a hit line in a function that
    // was not hit: "inconsistent"). Let it read on, as lcov 1 does, so the
    // figures compare; where it then counts differently the tests say so.
    if (lcov_major_version() >= 2) cmd += " --ignore-errors mismatch,negative,inconsistent,unsupported";
    for (const auto& t : tracefiles) cmd += " --summary " + shell_quote(t.string());
    const std::string out = must_run(cmd + " 2>&1", {});
    ToolFigures f;
    std::smatch m;
    // "  lines......: 78.6% (11 of 14 lines)"
    if (std::regex_search(out, m, std::regex(R"(lines\.+: [0-9.]+% \((\d+) of (\d+) line)"))) f.lines = counts(m, 1, 2);
    if (std::regex_search(out, m, std::regex(R"(functions\.+: [0-9.]+% \((\d+) of (\d+) function)"))) {
        f.functions = counts(m, 1, 2);
    }
    if (std::regex_search(out, m, std::regex(R"(branches\.+: [0-9.]+% \((\d+) of (\d+) branch)"))) {
        f.branches = counts(m, 1, 2);
    }
    EXPECT_GT(f.lines.total, 0u) << out;
    f.lcov_major = lcov_major_version();
    return f;
}

ToolFigures cobertura_header(const std::filesystem::path& xml) {
    const std::string text = read_file(xml);
    const auto root = text.substr(0, text.find('>', text.find("<coverage")));
    const auto attr = [&](const std::string& name) -> std::uint64_t {
        std::smatch m;
        if (!std::regex_search(root, m, std::regex(" " + name + "=\"(\\d+)\""))) {
            ADD_FAILURE() << "no " << name << " in " << root;
            return 0;
        }
        return std::stoull(m[1].str());
    };
    ToolFigures f;
    f.lines = {attr("lines-covered"), attr("lines-valid")};
    f.branches = {attr("branches-covered"), attr("branches-valid")};
    return f;
}

}  // namespace tollgate::test
