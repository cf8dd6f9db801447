#include "runner/inventory/inventory_dump.hpp"
#include "runner/inventory/section_readers.hpp"

#include "tests/unit/inventory/load_text.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::load_yaml;
using Messages = std::vector<std::string>;

const char* const k_issue_shape = R"(version: 1
alerts:
  channels:
    slack-dev:   {type: slack, url-env: SLACK_DEV_WEBHOOK}
    hooks:       {type: webhook, url-env: ALERT_URL, secret-env: ALERT_SIGNING_KEY}
    leads-email: {type: email, url-env: SMTP_URL, password-env: SMTP_PASSWORD, from: ci@example.org, to: [leads@example.org]}
    sms:         {type: command, run: ./scripts/send-sms.sh}
  rules:
    - {level: warning, channel: slack-dev, events: [task-delayed, test-failed, check-failed]}
    - {level: critical, channel: [leads-email, sms], events: [critical-bug, deployment-failed]}
triggers:
  - {when: coverage < 50, action: block, message: critical-bug}
)";

TEST(AlertsReader, ReadsTheShapeOfTheIssueAndItValidates) {
    const auto r = load_yaml(k_issue_shape, true);
    EXPECT_EQ(r.messages, Messages{});
    const Alerts& a = r.inventory.alerts;
    ASSERT_EQ(a.channels.size(), 4u);
    EXPECT_EQ(a.channels[0].name, "slack-dev");
    EXPECT_EQ(a.channels[0].type, AlertChannelType::slack);
    EXPECT_EQ(a.channels[0].url_env, "SLACK_DEV_WEBHOOK");
    EXPECT_EQ(a.channels[1].secret_env, "ALERT_SIGNING_KEY");
    EXPECT_EQ(a.channels[2].type, AlertChannelType::email);
    EXPECT_EQ(a.channels[2].password_env, "SMTP_PASSWORD");
    EXPECT_EQ(a.channels[2].from, "ci@example.org");
    EXPECT_EQ(a.channels[2].to, std::vector<std::string>{"leads@example.org"});
    ASSERT_TRUE(a.channels[3].run);
    EXPECT_EQ(a.channels[3].run->text, "./scripts/send-sms.sh");
    ASSERT_EQ(a.rules.size(), 2u);
    EXPECT_EQ(a.rules[1].level, "critical");
    ASSERT_EQ(a.rules[1].channels.size(), 2u);
    EXPECT_EQ(a.rules[1].channels[1].value, "sms");
    EXPECT_EQ(a.rules[1].events[0].value, "critical-bug");
    EXPECT_EQ(a.rules[0].where.str(), "tollgate.yml:9:7");
}

TEST(AlertsReader, AURLWrittenInTheInventoryIsAnErrorAtItsPositionThatDoesNotRepeatIt) {
    const auto r = load_yaml(R"(version: 1
alerts:
  channels:
    a: {type: slack, url-env: https://hooks.slack.com/services/T0/B0/SECRETXYZ}
    b: {type: webhook, url: "https://example.org/hook?token=SECRETXYZ"}
)");
    ASSERT_EQ(r.messages.size(), 4u) << r.messages[0];
    EXPECT_EQ(r.messages[0].rfind("tollgate.yml:4:31: error: channel 'a' has a URL written in the inventory", 0), 0u)
        << r.messages[0];
    EXPECT_EQ(r.messages[1].rfind("tollgate.yml:5:8: error: channel 'b' has no 'url-env'", 0), 0u) << r.messages[1];
    EXPECT_EQ(r.messages[2].rfind("tollgate.yml:5:24: error: channel 'b' writes its 'url' in the inventory", 0), 0u)
        << r.messages[2];
    EXPECT_EQ(r.messages[3].rfind("tollgate.yml:5:29: error: channel 'b' has a URL written", 0), 0u) << r.messages[3];
    for (const auto& m : r.messages) EXPECT_EQ(m.find("SECRETXYZ"), std::string::npos) << m;
}

TEST(AlertsReader, ReportsUnknownChannelTypesAndLevelsAndARuleWithoutAChannel) {
    const auto r = load_yaml(R"(version: 1
alerts:
  channels:
    pager: {type: pagerduty, url-env: PD}
  rules:
    - {level: urgent, channel: pager, events: [check-failed]}
    - {level: info, events: [check-passed]}
)");
    ASSERT_EQ(r.messages.size(), 3u);
    EXPECT_EQ(r.messages[0].rfind("tollgate.yml:4:19: error:", 0), 0u) << r.messages[0];
    EXPECT_NE(r.messages[0].find("pagerduty"), std::string::npos);
    EXPECT_EQ(r.messages[1].rfind("tollgate.yml:6:15: error:", 0), 0u) << r.messages[1];
    EXPECT_EQ(r.messages[2].rfind("tollgate.yml:7:7: error: alert rule has no 'channel'", 0), 0u) << r.messages[2];
}

TEST(AlertsReader, ValidationReportsUnknownEventsAndUndefinedChannels) {
    const auto r = load_yaml(R"(version: 1
alerts:
  channels:
    slack-dev: {type: slack, url-env: SLACK_DEV_WEBHOOK}
  rules:
    - {level: info, channel: slack-deb, events: [task-complet, agent-down]}
)",
                             true);
    ASSERT_EQ(r.messages.size(), 3u);
    EXPECT_EQ(r.messages[0],
              "tollgate.yml:6:30: error: alert rule names undefined channel 'slack-deb' (did you mean "
              "'slack-dev'?)");
    EXPECT_EQ(r.messages[1].rfind("tollgate.yml:6:50: error: alert rule names unknown event 'task-complet'", 0), 0u)
        << r.messages[1];
    EXPECT_NE(r.messages[1].find("task-complete"), std::string::npos);
    EXPECT_EQ(r.messages[2].rfind("tollgate.yml:6:64: error: alert rule names unknown event 'agent-down'", 0), 0u)
        << r.messages[2];
}

TEST(AlertsReader, AnEnvironmentNameMustLookLikeOne) {
    const auto r = load_yaml(R"(version: 1
alerts:
  channels:
    s: {type: slack, url-env: "my hook"}
)");
    ASSERT_EQ(r.messages.size(), 1u);
    EXPECT_EQ(r.messages[0].rfind("tollgate.yml:4:31: error: 'url-env' must name an environment variable", 0), 0u)
        << r.messages[0];
}

TEST(AlertsReader, DumpShowsChannelsAndRulesButNoSecretValues) {
    const auto r = load_yaml(k_issue_shape);
    const std::string dump = dump_inventory(r.inventory);
    EXPECT_NE(dump.find("alert-channel slack-dev @tollgate.yml:4:5\n  type: slack\n  url-env: SLACK_DEV_WEBHOOK\n"),
              std::string::npos)
        << dump;
    EXPECT_NE(dump.find("alert-rule critical @tollgate.yml:10:7\n  channel: [leads-email@10:35, sms@10:48]\n"),
              std::string::npos)
        << dump;
}

}  // namespace
}  // namespace tollgate
