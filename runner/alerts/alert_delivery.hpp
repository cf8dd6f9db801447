#pragma once

// Sends each routed message to its channel, bounded: a timeout per request
// and a few attempts with doubling backoff; a 4xx other than 429 is final,
// and a 429's Retry-After is honoured when it fits in the bound. A failure is
// an outcome, never an exception: alerts never change a verdict. Reasons name
// the channel and what went wrong, never a secret.

#include "runner/alerts/alert_payloads.hpp"
#include "runner/alerts/alert_transport.hpp"
#include "runner/process/process_runner.hpp"

#include <functional>
#include <string>
#include <vector>

namespace tollgate {

/// How hard to try.
struct DeliveryPolicy {
    Millis timeout{10'000};             ///< per request
    int attempts = 3;                   ///< requests per message at most
    Millis backoff{500};                ///< before the 2nd attempt; doubled after each
    Millis retry_after_max{30'000};     ///< a longer Retry-After is not waited for
    std::function<void(Millis)> sleep;  ///< waits between attempts (tests record instead)
};

/// What became of one message.
struct DeliveryOutcome {
    std::string channel;
    std::string type;  ///< the channel's type
    bool delivered = false;
    int attempts = 0;
    std::string reason;  ///< why not delivered; "" when delivered
    std::vector<std::string> event_keys;
};

/// What a channel is sent: the body, and for a webhook its signature header.
struct AlertPayload {
    std::string content_type;  ///< "application/json", "message/rfc822" or "text/plain"
    std::string body;
    std::vector<std::string> headers;  ///< extra HTTP headers (the signature)
};

/// Builds the payload for `message`'s channel; a webhook's signature needs its
/// secret from `env` (absent secret: unsigned). `date` is for email.
AlertPayload alert_payload(const AlertMessage& message, const AlertContext& context, const EnvLookup& env,
                           const std::string& date);

/// Delivers `message` over `transport` (HTTP and email) or `runner` (command).
DeliveryOutcome deliver_alert(const AlertMessage& message, const AlertContext& context, const EnvLookup& env,
                              AlertTransport& transport, ProcessRunner& runner, const DeliveryPolicy& policy);

/// The current time as an RFC 5322 date ("Sat, 05 Dec 2026 13:00:00 +0000").
std::string rfc5322_now();

}  // namespace tollgate
