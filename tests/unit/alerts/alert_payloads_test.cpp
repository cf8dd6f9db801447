#include "runner/alerts/alert_payloads.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <map>

namespace tollgate {
namespace {

struct Fixture {
    AlertChannel channel;
    AlertMessage message;
    AlertContext context{"Restaurant", "https://github.com/o/r/actions/runs/42"};

    Fixture() {
        channel.name = "leads-email";
        channel.type = AlertChannelType::email;
        channel.from = "ci@example.org";
        channel.to = {"leads@example.org", "ops@example.org"};
        message.channel = &channel;
        message.level = "critical";
        AlertEvent e;
        e.name = "deployment-failed";
        e.key = "deployment-failed:ship@0123456789abcdef";
        e.summary = "deployment gate ship failed (exit 1)";
        e.gate = "ship";
        e.packet = "billing";
        e.commit = "0123456789abcdef";
        message.events.push_back(e);
        e.name = "test-failed";
        e.key = "test-failed:unit@0123456789abcdef";
        e.summary = "gate unit failed <&>";
        e.gate = "unit";
        message.events.push_back(e);
    }
};

EnvLookup env_of(std::map<std::string, std::string> vars) {
    return [vars = std::move(vars)](const char* name) -> const char* {
        const auto it = vars.find(name);
        return it == vars.end() ? nullptr : it->second.c_str();
    };
}

TEST(AlertPayloads, RunLinkComesFromGithubThenGitlab) {
    EXPECT_EQ(run_link(env_of({{"GITHUB_SERVER_URL", "https://github.com"},
                               {"GITHUB_REPOSITORY", "o/r"},
                               {"GITHUB_RUN_ID", "42"},
                               {"CI_JOB_URL", "https://gitlab.example/j/1"}})),
              "https://github.com/o/r/actions/runs/42");
    EXPECT_EQ(run_link(env_of({{"GITHUB_REPOSITORY", "o/r"}, {"CI_JOB_URL", "https://gitlab.example/j/1"}})),
              "https://gitlab.example/j/1");
    EXPECT_EQ(run_link(env_of({})), "");
}

TEST(AlertPayloads, TextSaysWhatHappenedWhatItConcernsAndLinksTheRun) {
    const Fixture f;
    EXPECT_EQ(alert_text(f.message, f.context),
              "[tollgate] critical: Restaurant: 2 events\n"
              "- deployment-failed: deployment gate ship failed (exit 1) [packet billing, gate ship, commit "
              "0123456789]\n"
              "- test-failed: gate unit failed <&> [packet billing, gate unit, commit 0123456789]\n"
              "Run: https://github.com/o/r/actions/runs/42\n");
}

TEST(AlertPayloads, WebhookJsonCarriesEveryEventAndItsSignatureIsTheHmacOfTheBody) {
    const Fixture f;
    const std::string body = webhook_json(f.message, f.context);
    const auto json = nlohmann::json::parse(body);
    EXPECT_EQ(json["source"], "tollgate");
    EXPECT_EQ(json["level"], "critical");
    EXPECT_EQ(json["channel"], "leads-email");
    EXPECT_EQ(json["run_url"], "https://github.com/o/r/actions/runs/42");
    ASSERT_EQ(json["events"].size(), 2u);
    EXPECT_EQ(json["events"][0]["event"], "deployment-failed");
    EXPECT_EQ(json["events"][0]["id"], "deployment-failed:ship@0123456789abcdef");
    EXPECT_EQ(json["events"][1]["gate"], "unit");
    EXPECT_EQ(webhook_signature("Jefe", "what do ya want for nothing?"),
              "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(AlertPayloads, SlackJsonEscapesMarkupAndLinksTheRun) {
    const Fixture f;
    const auto json = nlohmann::json::parse(slack_json(f.message, f.context));
    EXPECT_EQ(json["text"], "[tollgate] critical: Restaurant: 2 events");
    const std::string text = json["blocks"][0]["text"]["text"];
    EXPECT_EQ(json["blocks"][0]["text"]["type"], "mrkdwn");
    EXPECT_NE(text.find("gate unit failed &lt;&amp;&gt;"), std::string::npos) << text;
    EXPECT_NE(text.find("<https://github.com/o/r/actions/runs/42|Open the run>"), std::string::npos) << text;
}

TEST(AlertPayloads, TeamsJsonIsAMessageWithOneAdaptiveCard) {
    const Fixture f;
    const auto json = nlohmann::json::parse(teams_json(f.message, f.context));
    EXPECT_EQ(json["type"], "message");
    ASSERT_EQ(json["attachments"].size(), 1u);
    const auto& attachment = json["attachments"][0];
    EXPECT_EQ(attachment["contentType"], "application/vnd.microsoft.card.adaptive");
    EXPECT_EQ(attachment["content"]["type"], "AdaptiveCard");
    EXPECT_EQ(attachment["content"]["body"].size(), 3u);
    EXPECT_EQ(attachment["content"]["body"][0]["color"], "Attention");
    EXPECT_EQ(attachment["content"]["actions"][0]["url"], "https://github.com/o/r/actions/runs/42");
}

TEST(AlertPayloads, EmailIsAnRfc5322MessageWithCrlfLinesAndNoHeaderInjection) {
    Fixture f;
    f.context.project = "Evil\r\nBcc: x@example.org";
    const std::string mail = email_message(f.message, f.context, "Sat, 05 Dec 2026 13:00:00 +0000");
    EXPECT_EQ(mail.rfind("From: ci@example.org\r\nTo: leads@example.org, ops@example.org\r\nSubject: [tollgate] "
                         "critical: Evil  Bcc: x@example.org: 2 events\r\nDate: Sat, 05 Dec 2026 13:00:00 +0000\r\n",
                         0),
              0u)
        << mail;
    EXPECT_NE(mail.find("\r\n\r\n[tollgate] critical"), std::string::npos);
    EXPECT_NE(mail.find("Run: https://github.com/o/r/actions/runs/42\r\n"), std::string::npos);
    EXPECT_EQ(mail.substr(0, mail.find("\r\n\r\n")).find("\nBcc"), std::string::npos);
}

}  // namespace
}  // namespace tollgate
