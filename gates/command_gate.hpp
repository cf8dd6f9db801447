#pragma once

#include "gates/gate.hpp"

namespace tollgate {

/// Variables every gate process gets (on top of its inherited or allowed
/// environment): TOLLGATE_GATE (the gate id), TOLLGATE_PACKET (the packet
/// being judged, or empty), and when the change is known
/// TOLLGATE_CHANGED_FILES / TOLLGATE_CHANGED_FILES0 (paths of files listing
/// the changed paths, newline- and NUL-separated). Changed paths are never
/// spliced into a command line.
inline constexpr const char* env_gate = "TOLLGATE_GATE";
inline constexpr const char* env_packet = "TOLLGATE_PACKET";
inline constexpr const char* env_changed_files = "TOLLGATE_CHANGED_FILES";
inline constexpr const char* env_changed_files0 = "TOLLGATE_CHANGED_FILES0";

/// A gate that runs its `run` command: exit 0 passes, anything else fails;
/// a timeout is `timeout`; a command that cannot start is an `error`.
class CommandGate final : public GateKind {
public:
    /// command_spec(context).
    [[nodiscard]] std::optional<ProcessSpec> process(const GateContext& context) const override;
    /// attempt_from_outcome(context.gate, *outcome).
    [[nodiscard]] GateAttempt conclude(const GateContext& context,
                                       const std::optional<ProcessOutcome>& outcome) const override;
};

/// The ProcessSpec for a gate's command: argv (see command_line.hpp), cwd
/// under the inventory root, environment, timeout, grace and capture limit.
ProcessSpec command_spec(const GateContext& context);

/// Maps a process outcome onto a gate attempt (status, outcome text, output, metrics).
GateAttempt attempt_from_outcome(const Gate& gate, const ProcessOutcome& outcome);

/// The factory that makes a CommandGate for every gate.
GateFactory command_gate_factory();

}  // namespace tollgate
