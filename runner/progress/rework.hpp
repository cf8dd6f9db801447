#pragma once

// Rework rate (seed 003 "Rework Rate"): the share of the lines a packet
// added to base that a later commit deleted or replaced within 14 days.
// Lines are followed forward along base's first-parent history, each commit
// diffed against its first parent with zero context: a hunk's old lines are
// gone (a replaced line is a deletion plus an addition), its new lines are
// added by the commit's packet, and every other line moves by the hunks
// above it. That is `git blame` run forwards, exact for edits within a
// file; a rename counts as deleting and re-adding the file's lines.

#include "runner/git/commit_log.hpp"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace tollgate {

/// Lines added and rewritten per packet.
struct ReworkCount {
    long long added = 0;
    long long rewritten = 0;
};

/// Follows added lines through a sequence of first-parent commits.
class ReworkTracker {
public:
    /// `window_seconds`: a deletion counts as rework when it comes at most
    /// this long after the line was added (default 14 days).
    explicit ReworkTracker(long long window_seconds = 14LL * 24 * 3600);

    /// Applies one commit, in first-parent order, oldest first: `packet` is
    /// the index of the packet it belongs to (-1 for none), `time` its
    /// commit time.
    void apply(int packet, long long time, const std::vector<FileHunks>& files);

    /// The counts of `packet` (zero when it added nothing).
    [[nodiscard]] ReworkCount count(int packet) const;

private:
    struct Tag {
        int packet;
        long long time;
    };
    void apply_file(int packet, long long time, const FileHunks& file);

    long long m_window;
    std::unordered_map<std::string, std::map<int, Tag>> m_lines;  // path -> line -> who added it
    std::unordered_map<int, ReworkCount> m_counts;
};

}  // namespace tollgate
