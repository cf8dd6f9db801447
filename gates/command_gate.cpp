#include "gates/command_gate.hpp"

#include "gates/metrics.hpp"
#include "runner/process/command_line.hpp"

namespace tollgate {

ProcessSpec command_spec(const GateContext& context) {
    const Gate& gate = context.gate;
    ProcessSpec spec;
    spec.argv = resolve_command(gate.run).argv;
    const std::string& cwd = gate.cwd.empty() ? std::string(".") : gate.cwd;
    if (cwd.starts_with('/') || context.root_dir.empty()) spec.cwd = cwd;
    else spec.cwd = cwd == "." ? context.root_dir : context.root_dir + "/" + cwd;
    std::vector<std::string> pass;
    for (const auto& name : gate.pass_env) pass.push_back(name.value);
    spec.env = gate_environment(context.environment, gate.env_allow, gate.env, pass);
    spec.env[env_gate] = gate.id;
    spec.env[env_packet] = context.packet;
    if (!context.changed_files.empty()) spec.env[env_changed_files] = context.changed_files;
    if (!context.changed_files0.empty()) spec.env[env_changed_files0] = context.changed_files0;
    spec.timeout = gate.timeout;
    spec.grace = context.grace;
    spec.capture_limit = context.capture_limit;
    return spec;
}

GateAttempt attempt_from_outcome(const Gate& gate, const ProcessOutcome& outcome) {
    GateAttempt a;
    a.duration = outcome.duration;
    a.outcome = outcome.describe();
    a.output = outcome.output;
    a.output_bytes = outcome.output_bytes;
    a.dropped_bytes = outcome.dropped_bytes;
    switch (outcome.end) {
        case ProcessEnd::exited:
            a.status = outcome.exit_code == 0 ? GateStatus::passed : GateStatus::failed;
            a.exit_code = outcome.exit_code;
            break;
        case ProcessEnd::signaled: a.status = GateStatus::failed; break;
        case ProcessEnd::timed_out: a.status = GateStatus::timeout; break;
        case ProcessEnd::interrupted: a.status = GateStatus::interrupted; break;
        case ProcessEnd::not_found:
            a.status = GateStatus::error;
            a.exit_code = outcome.exit_code;
            a.reason = outcome.error;
            break;
        case ProcessEnd::failed_to_start:
            a.status = GateStatus::error;
            a.reason = outcome.error;
            break;
    }
    // A note on abandoned pipes and the like, for a result that still counts.
    if (a.reason.empty() && !outcome.error.empty()) a.reason = outcome.error;
    if (!gate.metrics.empty()) a.metrics = extract_metrics(gate.metrics, outcome.output);
    return a;
}

std::optional<ProcessSpec> CommandGate::process(const GateContext& context) const {
    return command_spec(context);
}

GateAttempt CommandGate::conclude(const GateContext& context, const std::optional<ProcessOutcome>& outcome) const {
    if (!outcome) {
        GateAttempt a;
        a.status = GateStatus::error;
        a.reason = "the command did not run";
        return a;
    }
    return attempt_from_outcome(context.gate, *outcome);
}

GateFactory command_gate_factory() {
    return [](const Gate&) -> std::unique_ptr<GateKind> { return std::make_unique<CommandGate>(); };
}

}  // namespace tollgate
