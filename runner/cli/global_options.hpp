#pragma once

#include <iosfwd>
#include <string>

namespace tollgate {

/// How to colour terminal output.
enum class ColorMode { auto_detect, always, never };

/// Options that precede the verb, shared by every verb.
struct GlobalOptions {
    std::string directory;  ///< -C DIR: run as if started there
    std::string inventory;  ///< --inventory FILE
    ColorMode color = ColorMode::auto_detect;
    int verbosity = 0;                ///< -v repeats
    bool allow_outside_repo = false;  ///< --allow-outside-repo: includes and report dirs may leave the repository
};

/// Where a verb writes: stdout for results, stderr for diagnostics.
struct Io {
    std::ostream& out;
    std::ostream& err;
    /// True when colour escapes may be written to `out` (TTY, no NO_COLOR, or --color always).
    bool color = false;
};

}  // namespace tollgate
