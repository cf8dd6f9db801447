#pragma once

#include <iosfwd>

namespace tollgate {

/// Parses the command line, runs the verb, and maps every error to its exit
/// code (DESIGN §4). The one place where exceptions are caught.
int run_cli(int argc, char** argv);

/// Same, writing to the given streams (for in-process tests).
int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace tollgate
