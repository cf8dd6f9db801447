#pragma once

// The history of recorded results (DESIGN §5.10): HistoryRecords stored as
// JSON Lines in git notes under refs/notes/tollgate (runner/git/notes).
// `run --record` and `check --record` append; `report` and coverage
// `no-drop` read back. Lines that cannot be read are reported as problems
// (commit and line number) and skipped, never fatal.

#include "runner/coverage/thresholds.hpp"
#include "runner/git/repository.hpp"
#include "runner/progress/note_records.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// Appends `record` to the note on `commit` (any revision) of the
/// repository containing `repo_dir`; safe against concurrent writers.
/// Returns the annotated commit's 40-hex id.
std::string append_record(const std::filesystem::path& repo_dir, const std::string& commit,
                          const HistoryRecord& record);
/// Same on an open repository.
std::string append_record(const Repository& repository, const std::string& commit, const HistoryRecord& record);

/// The records on `commit` (any revision).
CommitRecords read_records(const std::filesystem::path& repo_dir, const std::string& commit);

/// The records on each of `commits` (40-hex ids, e.g. base's first-parent
/// history) that has a note, in the order given; reads the notes tree once.
std::vector<CommitRecords> read_records_along(const Repository& repository, const std::vector<std::string>& commits);

/// The records along `tip`'s first-parent history (any revision, e.g. the
/// base branch), newest commit first; commits without a note are left out.
std::vector<CommitRecords> read_records_first_parent(const Repository& repository, const std::string& tip);

/// The coverage recorded on `commit` for no-drop: the line figure of the
/// newest record carrying one (of gate `gate_id` when given, else the
/// record's headline figure); nullopt when none is recorded.
std::optional<CoverageBaseline> coverage_baseline_from_notes(const std::filesystem::path& repo_dir,
                                                             const std::string& commit,
                                                             const std::string& gate_id = {});

}  // namespace tollgate
