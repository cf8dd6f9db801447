#pragma once

// The bodies each channel type is sent: pure functions of the message, so
// tests pin them and `--notify=dry-run` prints exactly what would go out.

#include "runner/alerts/alert_routing.hpp"

#include <functional>
#include <string>

namespace tollgate {

/// What every payload says besides the events.
struct AlertContext {
    std::string project;
    std::string run_url;  ///< link to the CI run, or ""
};

/// Reads one environment variable; nullptr when unset.
using EnvLookup = std::function<const char*(const char*)>;

/// The CI run's URL: GitHub's $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID,
/// else GitLab's $CI_JOB_URL, else "".
std::string run_link(const EnvLookup& env);

/// Plain text: a title line, one line per event, the run link (the command
/// channel's stdin and the email's body).
std::string alert_text(const AlertMessage& message, const AlertContext& context);
/// The generic webhook's JSON: {"source", "project", "channel", "level", "run_url", "events": [...]}.
std::string webhook_json(const AlertMessage& message, const AlertContext& context);
/// The header value signing `body` with `secret`: "sha256=" and the hex HMAC-SHA256.
std::string webhook_signature(const std::string& secret, const std::string& body);
/// Slack incoming-webhook JSON: "text" plus a mrkdwn section block.
std::string slack_json(const AlertMessage& message, const AlertContext& context);
/// Teams Workflows webhook JSON: a message with one Adaptive Card attachment.
std::string teams_json(const AlertMessage& message, const AlertContext& context);
/// An RFC 5322 message (CRLF lines) from `from` to `to`, dated `date` (RFC 5322 date-time).
std::string email_message(const AlertMessage& message, const AlertContext& context, const std::string& date);
/// The subject line every channel's title shares: "[tollgate] critical: project: 2 events".
std::string alert_title(const AlertMessage& message, const AlertContext& context);

}  // namespace tollgate
