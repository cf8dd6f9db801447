#pragma once

// A note's text read as history records (DESIGN §5.10): JSON Lines, one
// HistoryRecord per line. Pure and libgit2-free, so everything that reads
// notes (check's no-drop and sign-offs, report) and the fuzz target
// tests/fuzz/notes_fuzz.cpp share one parser; runner/progress/history
// fetches the text from git.

#include "runner/progress/history_record.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// A note line that was not used, and why.
struct NoteProblem {
    std::string commit;  ///< 40-hex id of the annotated commit
    int line = 0;        ///< 1-based line in the note
    std::string message;
    bool newer = false;  ///< written by a newer tollgate
    /// "note on 1a2b3c4d line 3: not valid JSON".
    [[nodiscard]] std::string describe() const;
};

/// The records of one commit's note.
struct CommitRecords {
    std::string commit;
    std::vector<HistoryRecord> records;  ///< in note order (oldest first)
    std::vector<NoteProblem> problems;
};

/// Parses a note's text (JSON Lines; blank lines are ignored). Pure.
CommitRecords parse_note(const std::string& commit, std::string_view text);

}  // namespace tollgate
