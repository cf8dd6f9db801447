#pragma once

// Commit history as plain data for the progress report: who came from
// where and when, and which lines each commit replaced. runner/progress
// turns it into packet status and metrics without touching libgit2.

#include "runner/git/repository.hpp"
#include "runner/git/trailers.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// One commit, as the report needs it.
struct LoggedCommit {
    std::string id;                    ///< 40 hex
    std::vector<std::string> parents;  ///< 40 hex, first parent first
    long long author_time = 0;         ///< seconds since the epoch (UTC)
    int author_offset = 0;             ///< the author's time zone, minutes east of UTC
    long long commit_time = 0;         ///< committer time, seconds since the epoch (UTC)
    std::string summary;               ///< first line of the message
    std::vector<Trailer> trailers;
};

/// Commits reachable from `tip` (any revision) but not from any of `hide`,
/// children before parents (topological order). EnvironmentError when the
/// history is incomplete (a shallow clone): the report needs it whole.
std::vector<LoggedCommit> log_commits(const Repository& repository, const std::string& tip,
                                      const std::vector<std::string>& hide = {});

/// A hunk of a zero-context diff, 1-based lines (git's unified-diff numbers:
/// an insertion has old_lines 0 and old_start the line it follows).
struct LineHunk {
    int old_start = 0;
    int old_lines = 0;
    int new_start = 0;
    int new_lines = 0;
    friend bool operator==(const LineHunk&, const LineHunk&) = default;
};

/// How one file changed in a commit.
struct FileHunks {
    std::string path;      ///< new path (old path for deletions)
    std::string old_path;  ///< path before; "" for additions
    bool binary = false;
    bool deleted = false;  ///< the commit removed the file
    std::vector<LineHunk> hunks;
};

/// The commit's diff against its first parent (the empty tree for a root
/// commit), with zero context lines and no rename detection.
std::vector<FileHunks> first_parent_hunks(const Repository& repository, const std::string& commit);

}  // namespace tollgate
