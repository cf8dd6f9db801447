#include "runner/alerts/alert_payloads.hpp"

#include "runner/alerts/hmac_sha256.hpp"
#include "runner/core/text.hpp"

#include <nlohmann/json.hpp>

namespace tollgate {

namespace {

using PayloadJson = nlohmann::ordered_json;

std::string nonempty(const char* value) {
    return value == nullptr ? std::string() : std::string(value);
}

// "packet x, gate y, commit 3f2c1d0a12": what the event concerns.
std::string concerns(const AlertEvent& e) {
    std::vector<std::string> parts;
    if (!e.packet.empty()) parts.push_back("packet " + e.packet);
    if (!e.gate.empty()) parts.push_back("gate " + e.gate);
    if (!e.checkpoint.empty()) parts.push_back("checkpoint " + e.checkpoint);
    if (!e.commit.empty()) parts.push_back("commit " + e.commit.substr(0, 10));
    return join(parts, ", ");
}

std::string event_line(const AlertEvent& e) {
    const std::string about = concerns(e);
    return e.name + ": " + e.summary + (about.empty() ? "" : " [" + about + "]");
}

// Slack's mrkdwn treats these three as markup; everything else is text.
std::string slack_escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

// A header value cannot carry a line break: it would start a header of its own.
std::string header_value(const std::string& text) {
    std::string out;
    for (const char c : text) out += c == '\r' || c == '\n' ? ' ' : c;
    return out;
}

std::string payload_text(const PayloadJson& json) {
    return json.dump(-1, ' ', false, PayloadJson::error_handler_t::replace);
}

}  // namespace

std::string run_link(const EnvLookup& env) {
    const std::string server = nonempty(env("GITHUB_SERVER_URL"));
    const std::string repository = nonempty(env("GITHUB_REPOSITORY"));
    const std::string run_id = nonempty(env("GITHUB_RUN_ID"));
    if (!server.empty() && !repository.empty() && !run_id.empty())
        return server + "/" + repository + "/actions/runs/" + run_id;
    return nonempty(env("CI_JOB_URL"));
}

std::string alert_title(const AlertMessage& message, const AlertContext& context) {
    std::string title = "[tollgate] " + message.level + ": ";
    if (!context.project.empty()) title += context.project + ": ";
    if (message.events.size() == 1) return title + message.events.front().summary;
    return title + std::to_string(message.events.size()) + " events";
}

std::string alert_text(const AlertMessage& message, const AlertContext& context) {
    std::string text = alert_title(message, context) + "\n";
    for (const auto& e : message.events) text += "- " + event_line(e) + "\n";
    if (!context.run_url.empty()) text += "Run: " + context.run_url + "\n";
    return text;
}

std::string webhook_json(const AlertMessage& message, const AlertContext& context) {
    PayloadJson events = PayloadJson::array();
    for (const auto& e : message.events) {
        events.push_back({{"event", e.name},
                          {"id", e.key},
                          {"summary", e.summary},
                          {"packet", e.packet},
                          {"gate", e.gate},
                          {"checkpoint", e.checkpoint},
                          {"commit", e.commit}});
    }
    const PayloadJson body = {{"source", "tollgate"},
                              {"project", context.project},
                              {"channel", message.channel ? message.channel->name : ""},
                              {"level", message.level},
                              {"run_url", context.run_url},
                              {"events", events}};
    return payload_text(body);
}

std::string webhook_signature(const std::string& secret, const std::string& body) {
    return "sha256=" + hmac_sha256_hex(secret, body);
}

std::string slack_json(const AlertMessage& message, const AlertContext& context) {
    const std::string title = alert_title(message, context);
    std::string text = "*" + slack_escape(title) + "*";
    for (const auto& e : message.events) text += "\n• " + slack_escape(event_line(e));
    if (!context.run_url.empty()) text += "\n<" + context.run_url + "|Open the run>";
    const PayloadJson body = {
        {"text", title},
        {"blocks", PayloadJson::array({{{"type", "section"}, {"text", {{"type", "mrkdwn"}, {"text", text}}}}})}};
    return payload_text(body);
}

std::string teams_json(const AlertMessage& message, const AlertContext& context) {
    PayloadJson card_body = PayloadJson::array();
    card_body.push_back({{"type", "TextBlock"},
                         {"size", "Medium"},
                         {"weight", "Bolder"},
                         {"wrap", true},
                         {"color", message.level == "critical"  ? "Attention"
                                   : message.level == "warning" ? "Warning"
                                                                : "Default"},
                         {"text", alert_title(message, context)}});
    for (const auto& e : message.events)
        card_body.push_back({{"type", "TextBlock"}, {"wrap", true}, {"text", "- " + event_line(e)}});
    PayloadJson card = {{"$schema", "http://adaptivecards.io/schemas/adaptive-card.json"},
                        {"type", "AdaptiveCard"},
                        {"version", "1.4"},
                        {"body", card_body}};
    if (!context.run_url.empty())
        card["actions"] =
            PayloadJson::array({{{"type", "Action.OpenUrl"}, {"title", "Open the run"}, {"url", context.run_url}}});
    const PayloadJson body = {
        {"type", "message"},
        {"attachments", PayloadJson::array({{{"contentType", "application/vnd.microsoft.card.adaptive"},
                                             {"contentUrl", nullptr},
                                             {"content", card}}})}};
    return payload_text(body);
}

std::string email_message(const AlertMessage& message, const AlertContext& context, const std::string& date) {
    const AlertChannel* channel = message.channel;
    std::string out;
    out += "From: " + header_value(channel ? channel->from : "") + "\r\n";
    out += "To: " + header_value(channel ? join(channel->to, ", ") : "") + "\r\n";
    out += "Subject: " + header_value(alert_title(message, context)) + "\r\n";
    out += "Date: " + header_value(date) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "\r\n";
    for (const auto& line : split(alert_text(message, context), '\n')) {
        if (!line.empty()) out += line + "\r\n";
    }
    return out;
}

}  // namespace tollgate
