#pragma once

// What a repository's own build files say about how it is tested, for the
// candidate gates of `tollgate init`. Reads files, runs nothing.

#include <filesystem>
#include <string>
#include <vector>

namespace tollgate {

/// A gate guessed from a file in the repository.
struct CandidateGate {
    std::string id;
    std::string title;
    std::string run;                 ///< the command, as a shell line
    std::vector<std::string> needs;  ///< candidate gates that must pass first
    std::string timeout;             ///< e.g. "30m"
    std::vector<std::string> labels;
    std::string source;  ///< file the guess came from, relative to the root ("package.json")
    int line = 0;        ///< 1-based line in `source` that shows it
    std::string quote;   ///< that line, trimmed
};

/// The candidate gates of the repository at `root`, in a fixed order: CMake
/// with CTest, Makefile targets (test, check, lint), pytest, package.json
/// scripts (test, lint), Go modules, Cargo. Unreadable files are skipped.
std::vector<CandidateGate> probe_repository(const std::filesystem::path& root);

}  // namespace tollgate
