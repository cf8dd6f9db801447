#pragma once

// Test helpers for the verdict area: a small plan as YAML, and a completion
// lookup from a fixed list of done packets.

#include "runner/packets/packet_completion.hpp"
#include "runner/schedule/run_result.hpp"
#include "tests/unit/inventory/load_text.hpp"

#include <set>
#include <string>

namespace tollgate::test {

/// Foundation → services → ui, with two checkpoints (cp-1 blocks, cp-soft does not).
inline const char* k_plan = R"(version: 1
start: 2025-01-20
packets:
  - {id: foundation, effort: 2d, gates: [migrate]}
  - {id: services, effort: 2d, after: [foundation, cp-1], gates: [unit]}
  - {id: ui, effort: 1d, after: [services, cp-soft]}
gates:
  - {id: migrate, run: "true"}
  - {id: unit, run: "true", metrics: {p95_ms: 'p95=([0-9]+)'}}
  - {id: look, manual: true}
  - {id: docs, run: "true", changed: ["docs/"]}
checkpoints:
  - {id: cp-1, after: [foundation], due: 3, gates: [migrate]}
  - {id: cp-soft, after: [services], due: 2025-01-25, blocker: false, gates: [look]}
)";

/// The plan above, loaded and validated (asserting no errors is the caller's job).
inline Inventory plan_inventory() {
    return load_yaml(k_plan, true).inventory;
}

/// Done when listed.
inline CompletionLookup done_packets(std::set<std::string> done) {
    return [done](const std::string& id) {
        PacketCompletion c;
        c.done = done.contains(id);
        c.reason = c.done ? "merged" : "no work found";
        return c;
    };
}

/// A gate result with a status.
inline GateResult gate_result(const std::string& id, GateStatus status) {
    GateResult g;
    g.id = id;
    g.status = status;
    g.attempts = status == GateStatus::manual ? 0 : 1;
    return g;
}

}  // namespace tollgate::test
