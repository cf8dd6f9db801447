#pragma once

// One recorded result (DESIGN §5.10): a versioned JSON object on one line of
// a git note, so several runs on the same commit append lines instead of
// rewriting each other. Pure data and pure (de)serialisation.

#include "runner/schedule/run_result.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// The record version this tollgate writes and the highest it reads.
inline constexpr int k_history_record_version = 1;

/// A gate as recorded.
struct RecordedGate {
    std::string id;
    std::string status;  ///< GateStatus names: passed, failed, …
    double duration_s = 0;
    std::optional<CoverageFigures> coverage;
};

/// A checkpoint verdict as recorded (by `check`).
struct RecordedCheckpoint {
    std::string id;
    std::string status;  ///< passed, failed, pending, …
    friend bool operator==(const RecordedCheckpoint&, const RecordedCheckpoint&) = default;
};

/// A trigger evaluation as recorded (by `check`).
struct RecordedTrigger {
    std::string when;
    std::string action;  ///< block, warn, notify
    bool fired = false;
    std::optional<double> value;
    friend bool operator==(const RecordedTrigger&, const RecordedTrigger&) = default;
};

/// One `run` or `check` result on one commit.
struct HistoryRecord {
    int version = k_history_record_version;
    std::string tool = "tollgate";
    std::string kind = "run";  ///< "run" or "check"
    long long time = 0;        ///< when it was recorded, seconds since the epoch (UTC)
    std::string verdict;       ///< pass or fail
    std::string packet;        ///< "" when the result was for no packet
    std::vector<RecordedGate> gates;
    CoverageFigures coverage;  ///< the run's headline figures (first gate with coverage)
    std::vector<RecordedCheckpoint> checkpoints;
    std::vector<RecordedTrigger> triggers;
};

/// The record of a finished run: gates, durations, and the first coverage
/// figures in run order as the headline coverage.
HistoryRecord record_from_run(const RunResult& result, long long time, std::string kind = "run");

/// The record as one line of compact JSON, newline-terminated. Strings
/// that are not valid UTF-8 are written with their bad bytes made visible.
std::string to_json_line(const HistoryRecord& record);

/// What reading one note line gave.
struct RecordLine {
    std::optional<HistoryRecord> record;  ///< nullopt when the line is refused
    std::string problem;                  ///< why it was refused ("" when read)
    bool newer = false;                   ///< refused because a newer tollgate wrote it
};

/// Reads one line. Refuses, with the reason: invalid JSON, a line that is not
/// a tollgate record, a version above k_history_record_version (written by
/// a newer tollgate), fields of the wrong type.
RecordLine parse_record_line(std::string_view line);

/// "2025-01-20T08:00:00Z" for seconds since the epoch.
std::string iso_utc(long long seconds);

}  // namespace tollgate
