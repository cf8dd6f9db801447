#include "runner/report/run_console.hpp"

#include "tests/support/fake_runner.hpp"
#include "tests/unit/report/sample_run.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace tollgate {
namespace {

TEST(FormatGateLine, LooksLikeCtest) {
    const auto run = test::sample_run();
    EXPECT_EQ(format_gate_line(run.gates[0], 3, 12, 20, {}),
              " 3/12 Gate  #1: migrate ................   Passed    1.42 sec");
    EXPECT_EQ(format_gate_line(run.gates[1], 4, 12, 20, {}),
              " 4/12 Gate  #2: lint ...................***Failed    1.42 sec  (exit 1)");
}

TEST(FormatGateLine, ColoursOnlyWhenAllowed) {
    const auto run = test::sample_run();
    ConsoleStyle style;
    EXPECT_EQ(format_gate_line(run.gates[1], 1, 6, 20, style).find('\x1b'), std::string::npos);
    style.color = true;
    EXPECT_NE(format_gate_line(run.gates[1], 1, 6, 20, style).find("\x1b[31m"), std::string::npos);
}

TEST(RenderRunSummary, CountsAndListsLikeCtest) {
    const auto text = render_run_summary(test::sample_run(), {});
    // 6 gates, 1 manual not counted: 2 of 5 passed.
    EXPECT_NE(text.find("40% gates passed, 2 gates failed out of 5"), std::string::npos) << text;
    EXPECT_NE(text.find("Total gate time (real) =    2.31 sec"), std::string::npos) << text;
    EXPECT_NE(text.find("The following gates FAILED:\n\t  2 - lint (exit 1)\n\t  5 - hang (timed out after 1s)\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("The following gates were SKIPPED:\n\t  3 - deploy (needs 'lint' which failed)"),
              std::string::npos);
    EXPECT_NE(text.find("Manual gates were not run"), std::string::npos);
}

TEST(RenderRunSummary, ShowsFailureOutputEscaped) {
    const auto text = render_run_summary(test::sample_run(), {});
    EXPECT_NE(text.find("---- lint: exit 1 ----\nsrc/a.php:3: bad <thing> & ]]> \\x1B[31mred"), std::string::npos)
        << text;
}

TEST(RenderRunSummary, GroupsFailureOutputInGithubActions) {
    ConsoleStyle style;
    style.github_actions = true;
    const auto text = render_run_summary(test::sample_run(), style);
    EXPECT_NE(text.find("::group::lint: exit 1\nsrc/a.php"), std::string::npos) << text;
    EXPECT_NE(text.find("::endgroup::"), std::string::npos);
}

TEST(RenderRunSummary, AllPassedIsAHundredPercent) {
    RunResult r;
    r.gates = {test::sample_gate("a", GateStatus::passed, 1)};
    EXPECT_NE(render_run_summary(r, {}).find("100% gates passed, 0 gates failed out of 1"), std::string::npos);
}

TEST(RenderPlan, ListsWavesWithNeeds) {
    Inventory inv;
    inv.gates = {test::make_gate("deps"), test::make_gate("unit", {"deps"})};
    inv.gates[0].manual = true;
    Selection s;
    s.ids = {"unit"};
    const auto text = render_plan(plan_gates(inv, s), 2, {});
    EXPECT_EQ(text,
              "Plan: 2 gates, up to 2 at a time\n\nWave 1\n  #1 deps  (manual: not run; pulled in as a need)\n"
              "\nWave 2\n  #2 unit  (needs deps)\n");
}

TEST(ConsoleObserver, PrintsStartAndResultLinesWhenNotATty) {
    std::ostringstream out;
    ConsoleObserver obs(out, {});
    Inventory inv;
    inv.gates = {test::make_gate("a")};
    const auto plan = plan_gates(inv, {});
    obs.on_run_started(plan, 1);
    obs.on_gate_started(plan.gates[0], 1, 1);
    obs.on_gate_finished(test::sample_gate("a", GateStatus::passed, 1), 1, 1);
    EXPECT_EQ(out.str(),
              "Running 1 gate, up to 1 at a time\n    Start 1: a\n1/1 Gate #1: a ......................   Passed    "
              "1.42 sec\n");
}

TEST(ConsoleObserver, KeepsALiveStatusLineOnATty) {
    std::ostringstream out;
    ConsoleStyle style;
    style.live = true;
    ConsoleObserver obs(out, style);
    Inventory inv;
    inv.gates = {test::make_gate("a"), test::make_gate("b")};
    const auto plan = plan_gates(inv, {});
    obs.on_run_started(plan, 2);
    obs.on_gate_started(plan.gates[0], 1, 1);
    obs.on_gate_started(plan.gates[1], 2, 1);
    EXPECT_TRUE(out.str().ends_with("[0/2] running: a, b")) << out.str();
    obs.on_gate_finished(test::sample_gate("a", GateStatus::passed, 1), 1, 2);
    EXPECT_TRUE(
        out.str().ends_with("\r\x1b[K1/2 Gate #1: a ......................   Passed    1.42 sec\n"
                            "[1/2] running: b"))
        << out.str();
}

}  // namespace
}  // namespace tollgate
