#include "runner/packets/packet_delay.hpp"

#include "runner/graph/plan.hpp"

namespace tollgate {

PacketDelay packet_delay(const Inventory& inventory, const std::string& packet, const std::optional<CivilDate>& today) {
    PacketDelay out;
    if (packet.empty()) {
        out.missing = "the change belongs to no packet";
        return out;
    }
    if (!inventory.start) {
        out.missing = "the inventory has no 'start' date to count plan days from";
        return out;
    }
    if (!today) {
        out.missing = "today's date is unknown";
        return out;
    }
    const PlanResult plan = compute_plan(inventory, PlanOptions{});
    for (const auto& p : plan.packets) {
        if (p.id != packet) continue;
        if (!p.schedule) {
            out.missing = "the plan does not schedule " + packet + " (it is done)";
            return out;
        }
        out.planned_finish = inventory.start->plus_days(p.schedule->end_day - 1);
        const long long late_days = today->days_since(*out.planned_finish);
        out.delay_ms = late_days > 0 ? static_cast<double>(late_days) * 86'400'000.0 : 0.0;
        return out;
    }
    out.missing = "the plan does not schedule " + packet + " (dropped)";
    return out;
}

}  // namespace tollgate
