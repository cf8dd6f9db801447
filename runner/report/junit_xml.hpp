#pragma once

#include "runner/schedule/run_result.hpp"

#include <string>

namespace tollgate {

/// Bytes of a failing gate's output kept in its <failure>/<error> element;
/// CI viewers choke on huge reports, and the end of a log holds the verdict.
inline constexpr std::size_t junit_output_limit = 64 * 1024;

/// junit.xml for CI test reporters (GitHub test-reporter actions, GitLab,
/// Jenkins): <testsuites> with one <testsuite> per packet or checkpoint that
/// lists a gate (a gate in several appears once in each), gates in none go to
/// suite "gates"; one <testcase name=ID classname=SUITE time="1.42"> per gate;
/// <failure> for failed and timeout, <error> for error and interrupted,
/// <skipped> for skipped and manual, each with a message and, for failures,
/// the captured output.
std::string render_junit_xml(const RunResult& result);

}  // namespace tollgate
