#pragma once

// A RunResult with one gate of every interesting kind, for renderer tests.

#include "runner/schedule/run_result.hpp"

namespace tollgate::test {

inline GateResult sample_gate(const std::string& id, GateStatus status, int number) {
    GateResult g;
    g.id = id;
    g.status = status;
    g.number = number;
    g.attempts = status == GateStatus::skipped || status == GateStatus::manual ? 0 : 1;
    g.duration = Millis(1420);
    return g;
}

inline RunResult sample_run() {
    RunResult r;
    r.jobs = 2;
    r.duration = Millis(2310);
    auto migrate = sample_gate("migrate", GateStatus::passed, 1);
    migrate.exit_code = 0;
    migrate.outcome = "exit 0";
    migrate.packets = {"foundation"};
    migrate.checkpoints = {"cp-1"};
    migrate.metrics = {{"p95_ms", 12.5}};
    auto lint = sample_gate("lint", GateStatus::failed, 2);
    lint.exit_code = 1;
    lint.outcome = "exit 1";
    lint.output = "src/a.php:3: bad <thing> & ]]> \x1b[31mred\x1b[0m \xff\n";
    lint.packets = {"foundation"};
    auto deploy = sample_gate("deploy", GateStatus::skipped, 3);
    deploy.reason = "needs 'lint' which failed";
    auto review = sample_gate("review", GateStatus::manual, 4);
    review.reason = "manual gate: not run; it passes with a sign-off (Verified: review)";
    auto hang = sample_gate("hang", GateStatus::timeout, 5);
    hang.outcome = "timed out after 1s";
    hang.output = "waiting...\n";
    auto flaky = sample_gate("flaky", GateStatus::passed, 6);
    flaky.exit_code = 0;
    flaky.flaky = true;
    flaky.attempts = 2;
    flaky.reason = "flaky: passed on attempt 2 after exit 1";
    r.gates = {migrate, lint, deploy, review, hang, flaky};
    r.verdict = verdict_of(r.gates);
    return r;
}

}  // namespace tollgate::test
