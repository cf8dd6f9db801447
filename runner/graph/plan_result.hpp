#pragma once

// The computed plan (DESIGN §4 `plan`): immutable data that the text, JSON,
// DOT and Mermaid renderers turn into output. Times are working hours from
// the plan's start; a plan day holds `hours_per_day` of them and day 1 is the
// `start` date (calendar days: weekends are not skipped).

#include "runner/core/civil_date.hpp"
#include "runner/inventory/effort.hpp"
#include "runner/inventory/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// Which end of an effort range a schedule uses.
enum class Estimate { low, mid, high };

/// "low", "mid" or "high".
std::string to_string(Estimate estimate);
/// Parses "low", "mid" or "high".
std::optional<Estimate> parse_estimate(std::string_view text);

/// One quantity under the three estimates, in working hours.
struct HoursRange {
    double low = 0;
    double mid = 0;
    double high = 0;
    /// The figure for `estimate`.
    [[nodiscard]] double get(Estimate estimate) const;
};

/// When a packet runs in the simulated schedule.
struct PacketSchedule {
    double start_hours = 0;
    double end_hours = 0;
    int start_day = 1;  ///< 1-based plan day the work starts in
    int end_day = 1;    ///< plan day the work ends in
    std::string pool;   ///< stream whose lanes it used, "" for the common pool
    int lane = 0;       ///< 1-based lane within the pool; 0 when it needs none (no effort)
};

/// A packet as the plan places it.
struct PlannedPacket {
    std::string id;
    std::string title;
    std::string batch;
    std::string stream;
    PacketStatus status = PacketStatus::none;
    std::optional<Effort> effort;            ///< nullopt: no estimate, counted as 0
    int wave = 1;                            ///< 1-based
    std::vector<std::string> after;          ///< hard prerequisites that take part in the plan
    std::vector<std::string> prefer_after;   ///< soft predecessors that were honoured
    bool critical = false;                   ///< on the critical path
    double slack_hours = 0;                  ///< total float under the plan's estimate (0 when critical or done)
    std::optional<PacketSchedule> schedule;  ///< nullopt for done packets
};

/// A checkpoint and when the plan reaches it.
struct PlannedCheckpoint {
    std::string id;
    std::string title;
    std::vector<std::string> after;  ///< prerequisites that take part in the plan
    int after_wave = 0;              ///< reached once this wave is complete; 0 = before wave 1
    bool blocker = true;
    std::optional<int> due_day;  ///< from `due` (a day, or a date when `start` is set)
    std::optional<CivilDate> due_date;
    double ready_hours = 0;  ///< when its prerequisites are complete
    int ready_day = 1;
    bool critical = false;
    std::vector<std::string> gates;
    std::vector<std::string> criteria;
};

/// Packets that may run in parallel: indices into PlanResult::packets, in
/// soft `prefer-after` order.
struct PlanWave {
    int number = 1;
    std::vector<std::size_t> packets;
    std::optional<int> first_day;  ///< nullopt when every packet in it is done
    std::optional<int> last_day;
};

/// A group of lanes that packets are scheduled on.
struct LanePool {
    std::string name;  ///< a stream id, "" for the common pool
    int lanes = 1;
};

/// The whole plan.
struct PlanResult {
    std::string project;
    std::optional<CivilDate> start;
    Estimate estimate = Estimate::mid;   ///< the estimate the per-packet schedule uses
    std::vector<PlannedPacket> packets;  ///< in plan order: wave by wave
    std::vector<PlanWave> waves;
    std::vector<PlannedCheckpoint> checkpoints;  ///< by after_wave, then inventory order
    std::vector<std::string> dropped;            ///< packets with `status: dropped`
    std::vector<std::string> unestimated;        ///< packets without an effort
    std::vector<std::string> critical_path;      ///< packets and checkpoints, first to last
    HoursRange critical_hours;                   ///< longest chain of hard dependencies
    HoursRange sequential_hours;                 ///< sum of the efforts still to do
    HoursRange parallel_hours;                   ///< simulated span on the lanes
    std::vector<LanePool> pools;
    int total_lanes = 1;
    std::string lanes_source;        ///< "option", "streams" or "widest wave"
    int eta_day = 0;                 ///< last day of work under `estimate`; 0 when nothing is left
    std::vector<std::string> notes;  ///< soft edges ignored, dependencies on dropped packets, …
};

/// Knobs of the `plan` verb.
struct PlanOptions {
    std::optional<int> lanes;  ///< --lanes N: one common pool of N lanes
    Estimate estimate = Estimate::mid;
};

/// Plan day (1-based) that work starting at `hours` falls in.
int day_of_start(double hours);
/// Plan day that work ending at `hours` falls in (a day's last hour belongs to it).
int day_of_end(double hours);
/// Calendar date of plan day `day` counted from `start`.
CivilDate date_of_day(const CivilDate& start, int day);

}  // namespace tollgate
