#pragma once

// The in-memory inventory (DESIGN §3). Pure data: loaded by loader.cpp,
// checked by validator.cpp, read by every verb. Each element remembers where
// it was written so any verdict can cite file:line:col.

#include "runner/core/civil_date.hpp"
#include "runner/core/duration.hpp"
#include "runner/core/source_location.hpp"
#include "runner/inventory/effort.hpp"
#include "runner/inventory/trigger_expr.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tollgate {

/// A string value plus where it was written (ids, patterns, globs).
struct Located {
    std::string value;
    SourceLocation where;
    friend bool operator==(const Located& a, const Located& b) { return a.value == b.value; }
};

/// A lane of work (seed 003 "streams", seed 000 "agents").
struct Stream {
    std::string id;
    std::string title;
    std::string priority;
    std::string type;
    int agents = 1;  ///< parallel lanes this stream provides for the ETA
    std::string description;
    SourceLocation where;
};

/// Packet status override from the inventory.
enum class PacketStatus { none, done, paused, dropped };

/// A work packet: a unit of the plan built on its own branches.
struct Packet {
    std::string id;
    std::string title;
    std::string batch;
    std::string priority;
    std::optional<Effort> effort;
    std::string stream;
    SourceLocation stream_where;
    std::vector<Located> after;         ///< hard: packets or checkpoints
    std::vector<Located> prefer_after;  ///< soft: ordering hint only
    std::vector<Located> branches;      ///< ref globs carrying its work
    std::optional<Located> doc;
    std::vector<Located> gates;
    std::vector<std::string> tasks;  ///< free text checklist items
    /// Files an agent should read (paths or CODEOWNERS-style patterns, relative to the repository root).
    std::vector<Located> context;
    /// The completion report the packet owes; nullopt = seed 000's four items (default_completion_report).
    std::optional<std::vector<std::string>> report;
    std::string description;
    PacketStatus status = PacketStatus::none;
    SourceLocation where;
};

/// How a zone treats changes by packets other than its owner (DESIGN §5.2).
enum class ZoneRule { exclusive, extend, coordinate, shared };

/// A conflict zone: paths (CODEOWNERS patterns) owned by packets.
struct Zone {
    std::string name;
    std::vector<Located> paths;
    std::vector<Located> owners;  ///< packet ids; empty = owned by nobody
    ZoneRule rule = ZoneRule::exclusive;
    std::string coordination;
    SourceLocation where;
};

/// A gate's command: a string (shell only if it has shell syntax) or an argv list.
struct Command {
    bool is_argv = false;
    std::string text;               ///< when !is_argv
    std::vector<std::string> argv;  ///< when is_argv
    SourceLocation where;
};

/// Coverage report formats a gate may declare.
enum class CoverageFormat { auto_detect, lcov, cobertura, jacoco, gcovr_json, llvm_json, go };

/// Thresholds on the coverage report a gate writes.
struct CoverageSpec {
    Located report;
    CoverageFormat format = CoverageFormat::auto_detect;
    std::optional<double> min;
    std::optional<double> branch_min;
    std::optional<double> patch_min;
    bool no_drop = false;
    /// `zones: {NAME: MIN}`: line % over the report's files that fall in zone NAME.
    std::vector<std::pair<Located, double>> zone_min;
    /// `packets: {ID: MIN}`: replaces `min` when the change belongs to packet ID.
    std::vector<std::pair<Located, double>> packet_min;
    SourceLocation where;
};

/// A named number read from a gate's output by a regex with one capture group.
struct MetricSpec {
    std::string name;
    std::string regex;
    SourceLocation where;
};

/// A quality gate: a command with its policy.
struct Gate {
    std::string id;
    std::string title;
    Command run;
    std::string cwd = ".";
    std::optional<Millis> timeout;
    std::map<std::string, std::string> env;
    std::optional<std::vector<std::string>> env_allow;  ///< clean env plus these names
    std::vector<Located> pass_env;                      ///< inherited names passed even when they look secret
    std::vector<Located> changed;                       ///< only when the change touches these globs
    std::vector<std::string> labels;
    std::vector<Located> needs;
    int retries = 0;
    bool manual = false;
    std::optional<CoverageSpec> coverage;
    std::vector<MetricSpec> metrics;
    SourceLocation where;
};

/// When a checkpoint is due: a day number from `start`, or a date.
struct Due {
    std::optional<int> day;
    std::optional<CivilDate> date;
    SourceLocation where;
};

/// A checkpoint: gates that must pass once its prerequisites are complete.
struct Checkpoint {
    std::string id;
    std::string title;
    std::vector<Located> after;
    std::optional<Due> due;
    bool blocker = true;
    std::vector<Located> gates;
    std::vector<std::string> criteria;
    SourceLocation where;
};

/// What a fired trigger does.
enum class TriggerAction { block, warn, notify };

/// A risk trigger: `metric OP value[unit]` with an action.
struct Trigger {
    std::string when;
    std::optional<TriggerExpr> expr;  ///< nullopt only if it failed to parse
    TriggerAction action = TriggerAction::warn;
    std::string severity;
    std::string message;
    SourceLocation where;
};

/// Where an alert channel delivers (seed 003 "Alert Configuration").
enum class AlertChannelType { webhook, slack, teams, email, command };

/// A named alert channel. Secrets are never in the inventory (it is in the
/// repository): only the names of the environment variables holding them.
struct AlertChannel {
    std::string name;
    AlertChannelType type = AlertChannelType::webhook;
    std::string url_env;          ///< variable holding the webhook URL or smtp(s):// URL
    std::string secret_env;       ///< webhook: variable holding the HMAC-SHA256 signing key
    std::string password_env;     ///< email: variable holding the SMTP password
    std::string user;             ///< email: SMTP login (defaults to `from`)
    std::string from;             ///< email sender
    std::vector<std::string> to;  ///< email recipients
    std::optional<Command> run;   ///< command: gets the payload on stdin
    SourceLocation where;
};

/// Which events go to which channels, at which level (info, warning, critical).
struct AlertRule {
    std::string level;
    std::vector<Located> channels;
    std::vector<Located> events;
    SourceLocation where;
};

/// The `alerts:` section.
struct Alerts {
    std::vector<AlertChannel> channels;
    std::vector<AlertRule> rules;
    std::optional<Millis> stalled_after;  ///< packet-stalled: in progress without a commit this long
    SourceLocation where;

    /// The channel called `name`; nullptr when absent.
    [[nodiscard]] const AlertChannel* find_channel(std::string_view name) const;
};

/// The events tollgate raises itself ("task-complete", …), in documentation order.
const std::vector<std::string>& builtin_alert_events();
/// The rule levels: info, warning, critical.
const std::vector<std::string>& alert_levels();

/// The whole inventory after includes are merged.
struct Inventory {
    int version = 1;
    std::string project;
    std::string base;  ///< integration branch; empty = remote HEAD, else main
    std::optional<CivilDate> start;
    std::vector<std::string> files;  ///< every file loaded, root first
    std::string root_dir;            ///< directory relative paths resolve against
    std::vector<Stream> streams;
    std::vector<Packet> packets;
    std::vector<Zone> zones;
    std::vector<Gate> gates;
    std::vector<Checkpoint> checkpoints;
    std::vector<Trigger> triggers;
    Alerts alerts;

    /// Lookup by id; nullptr when absent.
    [[nodiscard]] const Packet* find_packet(std::string_view id) const;
    [[nodiscard]] const Gate* find_gate(std::string_view id) const;
    [[nodiscard]] const Checkpoint* find_checkpoint(std::string_view id) const;
    [[nodiscard]] const Stream* find_stream(std::string_view id) const;
};

/// Names used in output and JSON ("exclusive", "block", "done", …).
std::string to_string(ZoneRule rule);
std::string to_string(TriggerAction action);
std::string to_string(PacketStatus status);
std::string to_string(CoverageFormat format);
std::string to_string(AlertChannelType type);

}  // namespace tollgate
