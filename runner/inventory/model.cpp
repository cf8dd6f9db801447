#include "runner/inventory/model.hpp"

#include <algorithm>

namespace tollgate {

namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Packet* Inventory::find_packet(std::string_view id) const {
    return find_by_id(packets, id);
}
const Gate* Inventory::find_gate(std::string_view id) const {
    return find_by_id(gates, id);
}
const Checkpoint* Inventory::find_checkpoint(std::string_view id) const {
    return find_by_id(checkpoints, id);
}
const Stream* Inventory::find_stream(std::string_view id) const {
    return find_by_id(streams, id);
}

std::string to_string(ZoneRule rule) {
    switch (rule) {
        case ZoneRule::exclusive: return "exclusive";
        case ZoneRule::extend: return "extend";
        case ZoneRule::coordinate: return "coordinate";
        case ZoneRule::shared: return "shared";
    }
    return "?";
}

std::string to_string(TriggerAction action) {
    switch (action) {
        case TriggerAction::block: return "block";
        case TriggerAction::warn: return "warn";
        case TriggerAction::notify: return "notify";
    }
    return "?";
}

std::string to_string(PacketStatus status) {
    switch (status) {
        case PacketStatus::none: return "";
        case PacketStatus::done: return "done";
        case PacketStatus::paused: return "paused";
        case PacketStatus::dropped: return "dropped";
    }
    return "?";
}

std::string to_string(CoverageFormat format) {
    switch (format) {
        case CoverageFormat::auto_detect: return "auto";
        case CoverageFormat::lcov: return "lcov";
        case CoverageFormat::cobertura: return "cobertura";
        case CoverageFormat::jacoco: return "jacoco";
        case CoverageFormat::gcovr_json: return "gcovr-json";
        case CoverageFormat::llvm_json: return "llvm-json";
        case CoverageFormat::go: return "go";
    }
    return "?";
}

std::string to_string(AlertChannelType type) {
    switch (type) {
        case AlertChannelType::webhook: return "webhook";
        case AlertChannelType::slack: return "slack";
        case AlertChannelType::teams: return "teams";
        case AlertChannelType::email: return "email";
        case AlertChannelType::command: return "command";
    }
    return "?";
}

const AlertChannel* Alerts::find_channel(std::string_view name) const {
    for (const auto& c : channels)
        if (c.name == name) return &c;
    return nullptr;
}

const std::vector<std::string>& builtin_alert_events() {
    static const std::vector<std::string> events = {
        "task-complete", "checkpoint-passed", "checkpoint-failed", "task-delayed",      "test-failed",
        "trigger-fired", "check-failed",      "check-passed",      "deployment-failed", "packet-stalled"};
    return events;
}

const std::vector<std::string>& alert_levels() {
    static const std::vector<std::string> levels = {"info", "warning", "critical"};
    return levels;
}

}  // namespace tollgate
