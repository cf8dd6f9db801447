#pragma once

// What a change touches, as plain data: produced by the git area (the only
// code that sees libgit2), consumed by zones, gates and reports.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tollgate {

/// How a file changed between base and head.
enum class ChangeStatus { added, modified, deleted, renamed, copied, type_changed };

/// Inclusive 1-based line range in the new version of a file.
struct LineRange {
    int first = 0;
    int last = 0;
    friend bool operator==(const LineRange&, const LineRange&) = default;
};

/// One changed path. Paths are raw bytes from git (may be non-UTF-8).
struct ChangedFile {
    std::string path;      ///< new path; for deletions the removed path
    std::string old_path;  ///< previous path for renames and copies, else empty
    ChangeStatus status = ChangeStatus::modified;
    std::uint32_t old_mode = 0;  ///< git file mode (0100644, 0120000 symlink, 0160000 submodule)
    std::uint32_t new_mode = 0;
    bool binary = false;
    bool lines_known = false;      ///< false when line data was not computed
    std::vector<LineRange> added;  ///< lines added or modified in the new file
    int lines_added = 0;           ///< '+' lines
    int lines_removed = 0;         ///< '-' lines (removed or rewritten old lines)
};

/// A commit in the change (base..head), with its parsed trailers.
struct ChangeCommit {
    std::string id;
    std::string summary;
    std::multimap<std::string, std::string> trailers;  ///< key as written, e.g. "Packet"
    long long time = 0;                                ///< committer time, seconds since the epoch
};

/// How the change was selected on the command line.
enum class ChangeMode { range, staged, worktree, paths };

/// The change under judgement.
struct ChangeSet {
    ChangeMode mode = ChangeMode::range;
    std::string base_ref;     ///< as given or defaulted (e.g. "main")
    std::string base_commit;  ///< resolved id (merge-base when defaulted)
    std::string head_ref;
    std::string head_commit;
    std::string branch;  ///< current branch name when known (for packet globs)
    std::vector<ChangedFile> files;
    std::vector<ChangeCommit> commits;  ///< newest first
    std::vector<std::string> notes;     ///< fallbacks taken while reading, for stderr
};

/// "A", "M", "D", "R", "C", "T".
std::string status_letter(ChangeStatus status);
/// "added", "modified", … for JSON.
std::string to_string(ChangeStatus status);

}  // namespace tollgate
