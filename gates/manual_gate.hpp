#pragma once

// The manual gate kind: a gate marked `manual: true` never runs a process;
// it is settled before the run starts, passed when the change carries its
// sign-off and reported as manual otherwise.

#include "gates/gate.hpp"

#include <set>
#include <string>

namespace tollgate {

/// A gate a person verifies; settled from its sign-off, never run.
class ManualGate final : public GateKind {
public:
    /// `signed_off` says whether the change carries `Verified: <id>` for this gate.
    explicit ManualGate(bool signed_off) : m_signed_off(signed_off) {}
    /// Always nullopt: a manual gate runs nothing.
    [[nodiscard]] std::optional<ProcessSpec> process(const GateContext& context) const override;
    /// The same verdict as settle(), for a scheduler that starts it anyway.
    [[nodiscard]] GateAttempt conclude(const GateContext& context,
                                       const std::optional<ProcessOutcome>& outcome) const override;
    /// Passed with "manual gate, signed off", or manual with the sign-off hint.
    [[nodiscard]] std::optional<GateAttempt> settle(const GateContext& context) const override;

private:
    bool m_signed_off;
};

/// Makes a ManualGate for `manual:` gates (signed off when their id is in `signed_off`), else defers to `other`.
GateFactory manual_gate_factory(std::set<std::string> signed_off, GateFactory other);

}  // namespace tollgate
