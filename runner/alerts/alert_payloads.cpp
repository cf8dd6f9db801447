#include "runner/alerts/alert_payloads.hpp"

#include "runner/alerts/hmac_sha256.hpp"
#include "runner/core/json_writer.hpp"
#include "runner/core/text.hpp"

namespace tollgate {

namespace {

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

// One line, members in the order the receiving service documents them.
JsonWriter payload_writer() {
    return JsonWriter(JsonWriter::Layout::compact);
}

// The document without JsonWriter's closing newline: a request body, not a file.
std::string payload_text(const JsonWriter& w) {
    std::string text = w.str();
    if (text.ends_with('\n')) text.pop_back();
    return text;
}

void text_block(JsonWriter& w, const std::string& text) {
    w.begin_object();
    w.key("type").value("TextBlock");
    w.key("wrap").value(true);
    w.key("text").value(text);
    w.end_object();
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
    JsonWriter w = payload_writer();
    w.begin_object();
    w.key("source").value("tollgate");
    w.key("project").value(context.project);
    w.key("channel").value(message.channel ? message.channel->name : "");
    w.key("level").value(message.level);
    w.key("run_url").value(context.run_url);
    w.key("events").begin_array();
    for (const auto& e : message.events) {
        w.begin_object();
        w.key("event").value(e.name);
        w.key("id").value(e.key);
        w.key("summary").value(e.summary);
        w.key("packet").value(e.packet);
        w.key("gate").value(e.gate);
        w.key("checkpoint").value(e.checkpoint);
        w.key("commit").value(e.commit);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return payload_text(w);
}

std::string webhook_signature(const std::string& secret, const std::string& body) {
    return "sha256=" + hmac_sha256_hex(secret, body);
}

std::string slack_json(const AlertMessage& message, const AlertContext& context) {
    const std::string title = alert_title(message, context);
    std::string text = "*" + slack_escape(title) + "*";
    for (const auto& e : message.events) text += "\n• " + slack_escape(event_line(e));
    if (!context.run_url.empty()) text += "\n<" + context.run_url + "|Open the run>";
    JsonWriter w = payload_writer();
    w.begin_object();
    w.key("text").value(title);
    w.key("blocks").begin_array();
    w.begin_object();
    w.key("type").value("section");
    w.key("text").begin_object();
    w.key("type").value("mrkdwn");
    w.key("text").value(text);
    w.end_object();
    w.end_object();
    w.end_array();
    w.end_object();
    return payload_text(w);
}

std::string teams_json(const AlertMessage& message, const AlertContext& context) {
    JsonWriter w = payload_writer();
    w.begin_object();
    w.key("type").value("message");
    w.key("attachments").begin_array();
    w.begin_object();
    w.key("contentType").value("application/vnd.microsoft.card.adaptive");
    w.key("contentUrl").null();
    w.key("content").begin_object();
    w.key("$schema").value("http://adaptivecards.io/schemas/adaptive-card.json");
    w.key("type").value("AdaptiveCard");
    w.key("version").value("1.4");
    w.key("body").begin_array();
    w.begin_object();
    w.key("type").value("TextBlock");
    w.key("size").value("Medium");
    w.key("weight").value("Bolder");
    w.key("wrap").value(true);
    w.key("color").value(message.level == "critical"  ? "Attention"
                         : message.level == "warning" ? "Warning"
                                                      : "Default");
    w.key("text").value(alert_title(message, context));
    w.end_object();
    for (const auto& e : message.events) text_block(w, "- " + event_line(e));
    w.end_array();
    if (!context.run_url.empty()) {
        w.key("actions").begin_array();
        w.begin_object();
        w.key("type").value("Action.OpenUrl");
        w.key("title").value("Open the run");
        w.key("url").value(context.run_url);
        w.end_object();
        w.end_array();
    }
    w.end_object();
    w.end_object();
    w.end_array();
    w.end_object();
    return payload_text(w);
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
