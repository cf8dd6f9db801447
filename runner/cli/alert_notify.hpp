#pragma once

// `--notify` on `check` and `run`: route the run's events to the inventory's
// alert channels, send each (event, channel) pair once (runner/alerts/alert_ledger)
// or, with --notify=dry-run, print the payloads and send nothing. Nothing here
// changes a verdict: a failed delivery is a warning and an "undelivered" entry
// in --report-dir's results.json.

#include "runner/alerts/alert_event.hpp"
#include "runner/cli/global_options.hpp"
#include "runner/git/repository.hpp"
#include "runner/inventory/model.hpp"

#include <string>
#include <vector>

namespace tollgate {

/// What `--notify` asked for.
enum class NotifyMode { off, send, dry_run };

/// "" → off, "send" → send, "dry-run" → dry_run; else a UsageError.
NotifyMode parse_notify_mode(const std::string& value);

/// One run's notification.
struct NotifyRequest {
    NotifyMode mode = NotifyMode::off;
    const Inventory* inventory = nullptr;
    std::vector<AlertEvent> events;
    const Repository* repository = nullptr;  ///< where "never twice" is kept; nullptr: not kept
    std::string commit;                      ///< the commit whose note keeps it
    std::string report_dir;                  ///< adds "alerts" to results.json there when set
    bool payloads_to_stdout = true;          ///< dry run: false when stdout carries a machine format
};

/// Sends (or prints) the alerts; returns how many messages were not delivered.
int notify_alerts(const NotifyRequest& request, Io& io);

}  // namespace tollgate
