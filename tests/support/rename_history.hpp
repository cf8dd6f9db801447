#pragma once

// Seeded random histories whose renames sit on every edge of git's pairing
// (similarity at 49/50/51 % and at the basename pass's 75 %, ties, the same
// basename in several folders, more than four candidates for a destination,
// several destinations for one source, CRLF against LF, binaries, empty
// files, symlinks, submodules, mode and type changes), written as one
// `git fast-import` stream so a whole history costs one process.

#include "tests/support/git_repo.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tollgate::test {

/// One path of a generated tree: its git mode and content (a link's target, a submodule's commit id).
struct GeneratedFile {
    std::uint32_t mode = 0100644;
    std::string content;
};

/// A tree as path → file.
using GeneratedTree = std::map<std::string, GeneratedFile>;

/// A linear history of generated trees; any two of its commits, older first, make a range.
class RenameHistory {
public:
    /// `files` paths to start with, then `commits` commits, each a burst of
    /// edits, moves and the rest, or a return to an earlier tree.
    RenameHistory(std::uint64_t seed, int files, int commits);

    /// The trees, oldest first.
    [[nodiscard]] const std::vector<GeneratedTree>& trees() const { return m_trees; }
    /// The history as a `git fast-import` stream (marks :1.. for blobs, commits on refs/heads/main).
    [[nodiscard]] std::string fast_import_stream() const;

private:
    std::vector<GeneratedTree> m_trees;
};

/// Imports `history` into `repo` with git fast-import; returns the commit ids, oldest first.
std::vector<std::string> import_history(const GitRepo& repo, const RenameHistory& history);

/// Shell commands that rebuild `history` in DIR from a stream saved at `stream_path` (writes the file).
std::string rebuild_commands(const RenameHistory& history, const std::string& stream_path);

}  // namespace tollgate::test
