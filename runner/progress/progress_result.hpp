#pragma once

// The computed progress report (DESIGN §4 `report`): immutable data that the
// text, Markdown, JSON and HTML renderers in runner/report turn into output.
// Times are seconds since the epoch (UTC); metric definitions live in
// docs/metrics.md and are repeated on the fields below.

#include "runner/core/civil_date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tollgate {

/// Where a packet stands.
enum class PacketState { done, in_progress, blocked, pending, paused, dropped };
/// "done", "in progress", "blocked", "pending", "paused", "dropped".
std::string to_string(PacketState state);
/// The JSON spelling: "done", "in_progress", ….
std::string json_name(PacketState state);

/// Where a checkpoint stands.
enum class CheckpointState { passed, failed, pending, overdue };
/// "passed", "failed", "pending", "overdue".
std::string to_string(CheckpointState state);

/// One packet's progress.
struct PacketProgress {
    std::string id;
    std::string title;
    std::string stream;
    std::string batch;
    PacketState state = PacketState::pending;
    std::string why;                       ///< one line: what made the state (merge, branch, override, waiting on …)
    std::optional<long long> started;      ///< first commit's author time
    std::optional<long long> last_commit;  ///< newest commit's author time (packet-stalled alerts)
    std::optional<long long> completed;    ///< when its work reached base (done packets)
    double effort_hours = 0;               ///< mid estimate; 0 without one
    bool has_effort = false;
    int commits_landed = 0;
    int commits_unmerged = 0;
    std::vector<std::string> unmerged_branches;
    std::vector<std::string> landing;         ///< base's first-parent commits that brought its work in
    std::vector<std::string> after;           ///< hard prerequisites (packets and checkpoints)
    std::vector<std::string> waiting_on;      ///< prerequisites not done / checkpoints failed
    double blocked_days = 0;                  ///< time it worked while a prerequisite was not done
    long long lines_added = 0;                ///< in the report window, along base
    long long lines_rewritten = 0;            ///< of those, rewritten within 14 days
    std::string last_verdict;                 ///< newest recorded result for this packet ("" = none)
    std::optional<double> planned_start_day;  ///< plan day (0-based, fractional) from the effort plan
    std::optional<double> planned_end_day;
};

/// One checkpoint's state.
struct CheckpointProgress {
    std::string id;
    std::string title;
    CheckpointState state = CheckpointState::pending;
    bool blocker = true;
    std::optional<CivilDate> due;
    std::optional<long long> decided_at;  ///< time of the record that decided it
    std::string decided_on;               ///< commit carrying that record
    std::vector<std::string> after;       ///< packets and checkpoints it is evaluated after
    std::vector<std::string> gates;
    std::vector<std::string> criteria;
};

/// A stream (lane) and its progress by effort.
struct StreamProgress {
    std::string id;  ///< "" for packets without a stream
    std::string title;
    double done_hours = 0;
    double total_hours = 0;
    int packets_done = 0;
    int packets_total = 0;
    int packets_blocked = 0;
    int packets_active = 0;
    [[nodiscard]] double percent() const {
        return total_hours > 0 ? 100.0 * done_hours / total_hours
                               : (packets_total > 0 ? 100.0 * packets_done / packets_total : 0.0);
    }
    /// "Done", "Blocked", "Active", "Starting" or "Not started".
    [[nodiscard]] std::string label() const;
};

/// One recorded headline coverage figure on base.
struct CoveragePoint {
    std::string commit;
    long long time = 0;
    double line = 0;
};

/// How often one trigger fired in the window.
struct TriggerCount {
    std::string when;
    std::string action;
    int fired = 0;
};

/// The seed's execution metrics and the dashboard counts.
struct ProgressMetrics {
    double overall_percent = 0;  ///< done effort over all effort (packets when no effort is given)
    double done_hours = 0;
    double total_hours = 0;
    double elapsed_days = 0;       ///< project start to now
    double remaining_hours = 0;    ///< simulated span of the remaining work on the lanes
    double critical_hours = 0;     ///< remaining critical path
    std::optional<CivilDate> eta;  ///< today plus the remaining span in plan days
    int active = 0, completed = 0, blocked = 0, failed = 0, pending = 0, paused = 0, dropped = 0;
    int lanes = 1;
    double work_packet_days = 0;                ///< sum of started→completed (or now) spans
    std::optional<double> parallel_efficiency;  ///< lane time packets used ÷ (lanes × elapsed_days), in [0, 1]
    std::optional<double>
        parallel_utilisation;  ///< work_packet_days / (lanes × elapsed_days); over 1 when packets outnumber lanes
    double blocked_packet_days = 0;        ///< sum of PacketProgress::blocked_days
    std::optional<double> blocking_share;  ///< blocked_packet_days / work_packet_days
    long long lines_added = 0, lines_rewritten = 0;
    std::optional<double> rework_rate;    ///< lines_rewritten / lines_added
    std::vector<CoveragePoint> coverage;  ///< base's recorded coverage in the window, oldest first
    int gate_results = 0, gate_passes = 0;
    std::optional<double> gate_pass_rate;  ///< passed / (passed + failed + timeout + error)
    std::vector<TriggerCount> triggers;
    int triggers_fired = 0;
    int overdue_checkpoints = 0;
};

/// The whole report.
struct ProgressReport {
    int version = 1;
    std::string project;
    std::string base_ref;
    std::string base_commit;
    CivilDate today;
    long long now = 0;
    long long since = 0;  ///< start of the window for trends
    std::string since_text;
    std::optional<CivilDate> start;  ///< project start (inventory `start`, else the first packet commit)
    std::vector<StreamProgress> streams;
    std::vector<PacketProgress> packets;  ///< inventory order
    std::vector<CheckpointProgress> checkpoints;
    ProgressMetrics metrics;
    int records_read = 0;
    std::vector<std::string> notes;  ///< unattributed merges, refused note lines, …
};

}  // namespace tollgate
