#pragma once

// The seam between alert delivery and the network: one HTTP POST or one SMTP
// submission per call, no retries (alert_delivery decides those). The real
// implementation (curl_transport.cpp) is the only code that includes
// <curl/curl.h>; it loads libcurl with dlopen on its first request, so a run
// that sends nothing never maps libcurl or the TLS stack it brings.

#include "runner/core/duration.hpp"

#include <memory>
#include <string>
#include <vector>

namespace tollgate {

/// One HTTP POST.
struct HttpRequest {
    std::string url;
    std::vector<std::string> headers;  ///< "Name: value"
    std::string body;
    Millis timeout{10'000};
};

/// What the server answered; status 0 when no answer came (refused, timed out, …).
struct HttpResponse {
    long status = 0;
    std::string retry_after;  ///< the Retry-After header, or ""
    std::string error;        ///< why there is no answer; never contains the URL
};

/// One email handed to an SMTP server (STARTTLS when the server offers it;
/// required for smtp:// URLs with a password).
struct MailRequest {
    std::string url;  ///< smtp://host:port or smtps://host:port
    std::string user;
    std::string password;
    std::string from;
    std::vector<std::string> to;
    std::string message;  ///< RFC 5322, CRLF lines
    Millis timeout{10'000};
};

/// Sends requests; one object may serve several.
class AlertTransport {
public:
    virtual ~AlertTransport() = default;
    /// POSTs and returns the answer; network failures are a response with status 0.
    virtual HttpResponse post(const HttpRequest& request) = 0;
    /// Submits the mail; "" when the server accepted it, else why not (never the URL or password).
    virtual std::string send_mail(const MailRequest& request) = 0;
};

/// The libcurl transport; libcurl is loaded on its first request and a
/// missing library is a failed request ("libcurl is not installed …").
std::unique_ptr<AlertTransport> make_curl_transport();

}  // namespace tollgate
