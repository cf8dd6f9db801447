#pragma once

#include "runner/coverage/report_input.hpp"

namespace tollgate {

/// Reads a JaCoCo XML report as a stream. A <sourcefile>'s <line nr mi ci mb cb>
/// is coverable when mi + ci > 0 and covered when ci > 0 (JaCoCo's LINE
/// counter); its branches are mb + cb with cb covered (the BRANCH counter).
/// Methods become functions (covered when their METHOD counter says so).
/// Paths are "package/SourceFile.java" as JaCoCo names them.
ParsedReport read_jacoco(const ReportInput& input);

}  // namespace tollgate
