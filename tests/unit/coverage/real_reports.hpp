#pragma once

// Real coverage reports for the reader tests: a tiny C project built with
// gcc --coverage and run, then captured by lcov and gcovr, so tollgate's
// figures can be compared with what the tools themselves print.

#include "runner/coverage/ratio.hpp"
#include "tests/support/temp_dir.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace tollgate::test {

/// Line, function and branch figures as a reference tool printed them.
struct ToolFigures {
    CoverageCounts lines;
    CoverageCounts functions;
    CoverageCounts branches;
    /// The lcov that printed them (1 or 2): they count functions differently.
    int lcov_major = 0;
};

/// The installed lcov's major version (1: Debian 12's 1.16; 2: Debian 13's 2.0).
int lcov_major_version();

/// lcov's option for branch data: lcov 2 renamed lcov_branch_coverage to
/// branch_coverage (the old name warns, and is to go away).
std::string lcov_branch_option();

/// A two-file C program with a header, built with gcc --coverage in a temp dir.
class CProject {
public:
    CProject();
    [[nodiscard]] const std::filesystem::path& dir() const { return m_dir.path(); }
    /// Runs the program with `args` (shell words); counters accumulate.
    void run(const std::string& args) const;
    /// Zeroes the counters (lcov --zerocounters).
    void zero() const;
    /// lcov --capture with branch coverage into `name`; returns its path.
    [[nodiscard]] std::filesystem::path lcov_capture(const std::string& name) const;
    /// gcovr --cobertura / --json into `name`; returns its path.
    [[nodiscard]] std::filesystem::path gcovr(const std::string& flag, const std::string& name) const;

private:
    TempDir m_dir;
};

/// Runs `lcov --summary` with branch coverage on the tracefiles and reads its figures.
ToolFigures lcov_summary(const std::vector<std::filesystem::path>& tracefiles);

/// lines-valid/lines-covered and branches-valid/branches-covered of a Cobertura root element.
ToolFigures cobertura_header(const std::filesystem::path& xml);

/// Writes mod.py (a branchy function and an unused one) and its pytest test_mod.py into `dir`,
/// the project the coverage.py reader tests measure.
void write_python_project(const TempDir& dir);

/// Runs `script` with sh in `dir`, failing the test (with its output) when it fails.
std::string must_run(const std::string& script, const std::filesystem::path& dir);

}  // namespace tollgate::test
