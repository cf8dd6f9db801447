#pragma once

// "Never twice": which (event, channel) pairs were sent, kept as lines in the
// tollgate git note (refs/notes/tollgate) of the commit a run judged. A run
// first appends a "claimed" line for each pair it means to send (the note
// writer's compare-and-swap orders concurrent appends), sends only the pairs
// whose first live claim is its own, then appends "delivered" or "failed".
// A failed pair is released: the next run sends it again. The lines are
// history records of kind "alert" (version, time_unix), so readers of the
// note that look for gates or coverage pass over them.

#include "runner/alerts/alert_delivery.hpp"

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace tollgate {

/// How long a claim holds its pair (seconds). A run that claims and then
/// dies (killed, out of memory) never writes "delivered" or "failed"; after
/// this its claim is abandoned and the next run sends the pair. Far above
/// what a run's deliveries take (each message is bounded by DeliveryPolicy).
inline constexpr long long k_alert_claim_lifetime_s = 15 * 60;

/// An (event key, channel name) pair.
using AlertPair = std::pair<std::string, std::string>;

/// One note line: {"tool":"tollgate","version":1,"kind":"alert","time_unix":…,"alert":{"state","event","channel","run"}}.
std::string alert_note_line(const std::string& state, const AlertPair& pair, const std::string& run, long long time);

/// The pairs `notes` say were delivered or are claimed by a run other than
/// `run` that has not failed them and whose claim is not abandoned at `now`.
std::set<AlertPair> taken_alert_pairs(const std::vector<std::string>& notes, const std::string& run, long long now);

/// The pairs whose first live (not failed, not abandoned at `now`) claim in `note` is `run`'s.
std::set<AlertPair> won_alert_pairs(const std::string& note, const std::string& run, long long now);

/// `messages` without the events whose pair is not in `keep` (or is in `drop`
/// when `keep_listed` is false); messages left empty are removed.
std::vector<AlertMessage> filter_alert_messages(std::vector<AlertMessage> messages, const std::set<AlertPair>& pairs,
                                                bool keep_listed);

}  // namespace tollgate
