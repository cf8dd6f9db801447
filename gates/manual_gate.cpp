#include "gates/manual_gate.hpp"

#include <utility>

namespace tollgate {

std::optional<ProcessSpec> ManualGate::process(const GateContext& /*context*/) const {
    return std::nullopt;
}

GateAttempt ManualGate::conclude(const GateContext& context, const std::optional<ProcessOutcome>& /*outcome*/) const {
    return *settle(context);
}

std::optional<GateAttempt> ManualGate::settle(const GateContext& context) const {
    GateAttempt a;
    if (m_signed_off) {
        a.status = GateStatus::passed;
        a.reason = "manual gate, signed off";
    } else {
        a.status = GateStatus::manual;
        a.reason = "manual gate: not run; it passes with a sign-off (Verified: " + context.gate.id + ")";
    }
    return a;
}

GateFactory manual_gate_factory(std::set<std::string> signed_off, GateFactory other) {
    return
        [signed_off = std::move(signed_off), other = std::move(other)](const Gate& gate) -> std::unique_ptr<GateKind> {
            if (gate.manual) return std::make_unique<ManualGate>(signed_off.contains(gate.id));
            return other(gate);
        };
}

}  // namespace tollgate
