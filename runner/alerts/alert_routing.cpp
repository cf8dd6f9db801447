#include "runner/alerts/alert_routing.hpp"

#include <algorithm>

namespace tollgate {

namespace {

int level_rank(const std::string& level) {
    const auto& levels = alert_levels();
    return static_cast<int>(std::find(levels.begin(), levels.end(), level) - levels.begin());
}

bool routes_to(const std::vector<Located>& list, const std::string& value) {
    return std::any_of(list.begin(), list.end(), [&](const Located& l) { return l.value == value; });
}

}  // namespace

std::vector<AlertMessage> route_alerts(const std::vector<AlertEvent>& events, const Alerts& alerts) {
    std::vector<AlertMessage> out;
    for (const auto& channel : alerts.channels) {
        AlertMessage message;
        message.channel = &channel;
        for (const auto& event : events) {
            bool routed = false;
            for (const auto& rule : alerts.rules) {
                if (!routes_to(rule.channels, channel.name) || !routes_to(rule.events, event.name)) continue;
                routed = true;
                if (message.level.empty() || level_rank(rule.level) > level_rank(message.level))
                    message.level = rule.level;
            }
            if (routed) message.events.push_back(event);
        }
        if (!message.events.empty()) out.push_back(std::move(message));
    }
    return out;
}

}  // namespace tollgate
