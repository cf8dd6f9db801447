#include "runner/alerts/alert_delivery.hpp"

#include "runner/process/command_line.hpp"
#include "runner/process/environment.hpp"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>
#include <unistd.h>

namespace tollgate {

namespace {

std::string env_value(const EnvLookup& env, const std::string& name) {
    if (name.empty()) return {};
    const char* v = env(name.c_str());
    return v == nullptr ? std::string() : std::string(v);
}

// Removes every secret from `text`, in case a library quoted one back.
std::string without_secrets(std::string text, const std::vector<std::string>& secrets) {
    for (const auto& secret : secrets) {
        if (secret.size() < 4) continue;  // too short to tell from ordinary text
        for (auto at = text.find(secret); at != std::string::npos; at = text.find(secret, at))
            text.replace(at, secret.size(), "***");
    }
    return text;
}

// Seconds of a Retry-After header given as a number; HTTP dates count as the bound.
std::optional<Millis> retry_after_of(const std::string& header) {
    if (header.empty()) return std::nullopt;
    if (header.find_first_not_of("0123456789") != std::string::npos || header.size() > 6) return std::nullopt;
    return Millis{std::stoll(header) * 1000};
}

void post_with_retries(const HttpRequest& request, AlertTransport& transport, const DeliveryPolicy& policy,
                       DeliveryOutcome& out) {
    Millis backoff = policy.backoff;
    for (int attempt = 1; attempt <= policy.attempts; ++attempt) {
        out.attempts = attempt;
        const HttpResponse response = transport.post(request);
        if (response.status >= 200 && response.status < 300) {
            out.delivered = true;
            out.reason.clear();
            return;
        }
        Millis wait = backoff;
        backoff *= 2;
        if (response.status == 0) {
            out.reason = response.error;
        } else if (response.status == 429) {
            out.reason = "HTTP 429 (too many requests)";
            if (const auto asked = retry_after_of(response.retry_after)) {
                if (*asked > policy.retry_after_max) {
                    out.reason += ", Retry-After " + response.retry_after + "s is past the bound of " +
                                  format_duration(policy.retry_after_max);
                    return;
                }
                wait = *asked;
            }
        } else if (response.status >= 400 && response.status < 500) {
            out.reason = "HTTP " + std::to_string(response.status) + " (not retried)";
            return;
        } else {
            out.reason = "HTTP " + std::to_string(response.status);
        }
        if (attempt < policy.attempts && policy.sleep) policy.sleep(wait);
    }
    out.reason += " after " + std::to_string(out.attempts) + " attempt" + (out.attempts == 1 ? "" : "s");
}

void run_channel_command(const AlertChannel& channel, const AlertPayload& payload, ProcessRunner& runner,
                         const DeliveryPolicy& policy, DeliveryOutcome& out) {
    out.attempts = 1;
    const ResolvedCommand command = resolve_command(*channel.run);
    if (command.argv.empty()) {
        out.reason = "its command is empty";
        return;
    }
    // The payload reaches the command on stdin through a file and sh's redirection:
    // the process runner starts programs without a stdin of their own.
    char path[] = "/tmp/tollgate-alert-XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) {
        out.reason = "cannot create a file for its payload";
        return;
    }
    const bool written =
        ::write(fd, payload.body.data(), payload.body.size()) == static_cast<ssize_t>(payload.body.size());
    ::close(fd);
    ProcessSpec spec;
    spec.argv = {shell_program, "-c", "exec \"$@\" < \"$TOLLGATE_ALERT_FILE\"", "sh"};
    spec.argv.insert(spec.argv.end(), command.argv.begin(), command.argv.end());
    // Like a gate's environment: secret-looking variables stay out (SECURITY.md).
    spec.env = gate_environment(current_environment(), std::nullopt, {});
    spec.env["TOLLGATE_ALERT_FILE"] = path;
    spec.env["TOLLGATE_ALERT_CHANNEL"] = channel.name;
    spec.timeout = policy.timeout;
    ProcessOutcome outcome;
    if (written) {
        runner.start(spec);
        outcome = runner.wait_any().second;
    }
    std::filesystem::remove(path);
    if (!written) out.reason = "cannot write its payload";
    else if (outcome.succeeded()) out.delivered = true;
    else out.reason = "its command ended with " + outcome.describe();
}

}  // namespace

std::string rfc5322_now() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[64];
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return buf;
}

AlertPayload alert_payload(const AlertMessage& message, const AlertContext& context, const EnvLookup& env,
                           const std::string& date) {
    AlertPayload p;
    switch (message.channel->type) {
        case AlertChannelType::webhook: {
            p.content_type = "application/json";
            p.body = webhook_json(message, context);
            const std::string secret = env_value(env, message.channel->secret_env);
            if (!secret.empty()) p.headers.push_back("X-Tollgate-Signature-256: " + webhook_signature(secret, p.body));
            break;
        }
        case AlertChannelType::slack:
            p.content_type = "application/json";
            p.body = slack_json(message, context);
            break;
        case AlertChannelType::teams:
            p.content_type = "application/json";
            p.body = teams_json(message, context);
            break;
        case AlertChannelType::email:
            p.content_type = "message/rfc822";
            p.body = email_message(message, context, date);
            break;
        case AlertChannelType::command:
            p.content_type = "text/plain";
            p.body = alert_text(message, context);
            break;
    }
    return p;
}

DeliveryOutcome deliver_alert(const AlertMessage& message, const AlertContext& context, const EnvLookup& env,
                              AlertTransport& transport, ProcessRunner& runner, const DeliveryPolicy& policy) {
    const AlertChannel& channel = *message.channel;
    DeliveryOutcome out;
    out.channel = channel.name;
    out.type = to_string(channel.type);
    for (const auto& e : message.events) out.event_keys.push_back(e.key);
    const std::string url = env_value(env, channel.url_env);
    const std::string secret = env_value(env, channel.secret_env);
    const std::string password = env_value(env, channel.password_env);
    const AlertPayload payload = alert_payload(message, context, env, rfc5322_now());
    if (channel.type == AlertChannelType::command) {
        run_channel_command(channel, payload, runner, policy, out);
    } else if (url.empty()) {
        out.reason = "$" + channel.url_env + " is not set";
    } else if (channel.type == AlertChannelType::email) {
        MailRequest mail{url,           channel.user.empty() ? channel.from : channel.user,
                         password,      channel.from,
                         channel.to,    payload.body,
                         policy.timeout};
        for (int attempt = 1; attempt <= policy.attempts; ++attempt) {
            out.attempts = attempt;
            out.reason = transport.send_mail(mail);
            if (out.reason.empty()) break;
            if (attempt < policy.attempts && policy.sleep) policy.sleep(policy.backoff * (1 << (attempt - 1)));
        }
        out.delivered = out.reason.empty();
    } else {
        HttpRequest request{url, {"Content-Type: " + payload.content_type}, payload.body, policy.timeout};
        request.headers.insert(request.headers.end(), payload.headers.begin(), payload.headers.end());
        post_with_retries(request, transport, policy, out);
    }
    out.reason = without_secrets(out.reason, {url, secret, password});
    return out;
}

}  // namespace tollgate
