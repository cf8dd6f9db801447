#include "runner/alerts/alert_routing.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

AlertEvent event(const std::string& name) {
    AlertEvent e;
    e.name = name;
    e.key = name + ":x@c";
    return e;
}

Alerts seed_alerts() {
    Alerts a;
    for (const char* name : {"slack-dev", "leads-email", "sms"}) {
        AlertChannel c;
        c.name = name;
        a.channels.push_back(c);
    }
    a.rules.push_back({"warning", {{"slack-dev", {}}}, {{"test-failed", {}}, {"check-failed", {}}}, {}});
    a.rules.push_back(
        {"critical", {{"leads-email", {}}, {"sms", {}}, {"slack-dev", {}}}, {{"deployment-failed", {}}}, {}});
    return a;
}

TEST(AlertRouting, EachChannelGetsOneMessageWithItsEventsAtTheHighestLevel) {
    const Alerts alerts = seed_alerts();
    const auto messages = route_alerts(
        {event("check-failed"), event("test-failed"), event("deployment-failed"), event("check-passed")}, alerts);
    ASSERT_EQ(messages.size(), 3u);
    EXPECT_EQ(messages[0].channel->name, "slack-dev");
    EXPECT_EQ(messages[0].level, "critical");
    EXPECT_EQ(messages[0].events.size(), 3u);
    EXPECT_EQ(messages[1].channel->name, "leads-email");
    ASSERT_EQ(messages[1].events.size(), 1u);
    EXPECT_EQ(messages[1].events[0].name, "deployment-failed");
}

TEST(AlertRouting, EventsNoRuleNamesReachNobody) {
    EXPECT_TRUE(route_alerts({event("check-passed")}, seed_alerts()).empty());
    EXPECT_TRUE(route_alerts({}, seed_alerts()).empty());
}

}  // namespace
}  // namespace tollgate
