#pragma once

// A small failing CheckResult for the check renderers' tests.

#include "runner/verdict/check_result.hpp"

namespace tollgate::test {

/// services edits a migration of foundation and waits for cp-1; unit failed; a coverage trigger fired.
inline CheckResult failing_check() {
    CheckResult r;
    r.packet = "services";
    r.packet_source = "branch packet/services";
    r.base_ref = "main";
    r.base_commit = "1111111111111111111111111111111111111111";
    r.head_ref = "HEAD";
    r.head_commit = "2222222222222222222222222222222222222222";
    r.inventory_from = "working tree";
    r.today = CivilDate::parse("2025-01-22");
    PathVerdict v;
    v.path = "db/001.sql";
    v.status = ChangeStatus::modified;
    v.zone = "Migrations";
    v.owners = {"foundation"};
    v.rule = "exclusive";
    v.allowed = false;
    v.reason =
        "services may not modify db/001.sql: zone Migrations ('db/' at tollgate.yml:9) is exclusive to foundation";
    r.changed.push_back(v);
    r.dependencies.push_back(
        {"cp-1", true, false, true, "services may not merge before checkpoint cp-1 has passed: it is pending"});
    CheckpointFinding c;
    c.id = "cp-1";
    c.status = CheckpointStatus::pending;
    c.role = CheckpointRole::prerequisite;
    c.due = CivilDate::parse("2025-01-21");
    c.reason = "waiting: foundation is not done";
    r.checkpoints.push_back(c);
    r.gate_reasons.push_back({"unit", {"packet services"}, false});
    r.run = RunResult{};
    GateResult g;
    g.id = "unit";
    g.status = GateStatus::failed;
    g.outcome = "exit 1";
    g.attempts = 1;
    r.run->gates.push_back(g);
    TriggerFinding t;
    t.when = "coverage < 80";
    t.action = TriggerAction::block;
    t.value = 75;
    t.fired = true;
    t.reason = "coverage is 75 %, < 80 %";
    r.triggers.push_back(t);
    TriggerFinding quiet;
    quiet.when = "unit.p95 > 500";
    quiet.reason = "not evaluated: no value (gate unit's output did not match its metric 'p95')";
    r.triggers.push_back(quiet);
    conclude_check(r);
    return r;
}

}  // namespace tollgate::test
