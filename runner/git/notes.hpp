#pragma once

// The history store (DESIGN §5.10): text attached to commits as git notes
// under one notes ref. This layer knows lines of text only; what a line
// means (a versioned JSON record) lives in runner/progress/history_record.

#include "runner/git/repository.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// Where tollgate keeps its notes (`git log --notes=tollgate` shows them).
inline constexpr const char* k_tollgate_notes_ref = "refs/notes/tollgate";

/// The note attached to one commit.
struct CommitNote {
    std::string commit;  ///< 40-hex id of the annotated commit
    std::string text;
};

/// Appends `text` (one or more whole lines, newline-terminated) to the note
/// on `commit_spec` (any revision) under `notes_ref`, creating the note and
/// the ref as needed; returns the annotated commit's 40-hex id. Safe when
/// several processes append at once: each attempt reads the notes ref,
/// writes a new notes commit on top of it and moves the ref only if it still
/// points where it did (compare-and-swap); on a lost race it retries, so no
/// appended line is ever dropped. EnvironmentError when it keeps losing.
std::string append_note_text(const Repository& repository, const std::string& commit_spec, const std::string& text,
                             const std::string& notes_ref = k_tollgate_notes_ref);

/// The note on `commit` (40 hex), or "" when it has none or the ref does not exist.
std::string read_note_text(const Repository& repository, const std::string& commit,
                           const std::string& notes_ref = k_tollgate_notes_ref);

/// The 40-hex id of revision `spec` (UsageError when malformed,
/// EnvironmentError when it does not exist).
std::string resolve_commit_id(const Repository& repository, const std::string& spec);

/// Every note under `notes_ref` (empty when the ref does not exist), in
/// the notes tree's order. Notes whose blob cannot be read are skipped.
std::vector<CommitNote> read_all_notes(const Repository& repository,
                                       const std::string& notes_ref = k_tollgate_notes_ref);

}  // namespace tollgate
